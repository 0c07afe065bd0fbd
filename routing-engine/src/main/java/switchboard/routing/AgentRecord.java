package switchboard.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The engine's mutable view of one agent. */
final class AgentRecord {

    final String id;
    final long loginOrder;
    /** Proficiency per skill id; 0 where the agent lacks the skill. */
    int[] levels = new int[0];
    /** One per queue and relaxation step the agent qualifies at; linked while AVAILABLE. */
    final List<EligibleAgents.Membership> memberships = new ArrayList<>();
    AgentState state = AgentState.LOGGED_OUT;
    String reason;
    long since;
    WaitingCall call;
    long lastCallEndedAt;
    int callsAnswered;
    /** The NOT_READY reason asked for while busy, applied when the call is done. */
    String pendingNotReady;
    /** Queues this agent can serve at some relaxation step, with the first such step. */
    final List<ServableQueue> servable = new ArrayList<>();
    /** The call being wrapped up: its origin queue, tier and talk time, for AHT. */
    String wrapQueue;
    String wrapTier;
    long wrapTalkMillis;
    /** Bumped on every state change so stale timers can tell. */
    long generation;

    /** A queue and the first relaxation step at which this agent qualifies for it. */
    record ServableQueue(QueueRuntime queue, int step) {
    }

    AgentRecord(String id, long loginOrder) {
        this.id = id;
        this.loginOrder = loginOrder;
    }

    int level(int skill) {
        return skill < levels.length ? levels[skill] : 0;
    }

    void ensureSkills(int count) {
        if (levels.length < count) {
            levels = Arrays.copyOf(levels, count);
        }
    }

    AgentStatus status() {
        return new AgentStatus(id, state, reason, since, call == null ? null : call.request.callId());
    }
}
