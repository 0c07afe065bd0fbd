package switchboard.routing;

/** A call in the engine: waiting, ringing an agent, or connected. */
final class WaitingCall {

    final CallRequest request;
    /** When the call first asked for an agent; waits, aging and relaxation count from here. */
    final long enqueuedAt;
    final long sequence;
    QueueRuntime queue;
    /** When the call entered its current queue; overflow counts from here. */
    long enteredQueueAt;
    /** {@code base + tierBoost − aging × enqueuedAt(s)}: priority now is key + aging × now(s). */
    double key;
    boolean waiting;
    /** A campaign's call: left out of the queue's KPIs. */
    boolean outbound;
    /** The one agent this call waits for (a transfer by name), or null for anyone eligible. */
    String target;
    /** Put back at the head of its queue after a RONA. */
    boolean atHead;
    AgentRecord agent;
    long answeredAt;
    int ronaCount;
    /** Bumped whenever the call changes state, so stale timers can tell. */
    long generation;

    WaitingCall(CallRequest request, long enqueuedAt, long sequence) {
        this.request = request;
        this.enqueuedAt = enqueuedAt;
        this.sequence = sequence;
    }

    double waitedSeconds(long now) {
        return (now - enqueuedAt) / 1000.0;
    }
}
