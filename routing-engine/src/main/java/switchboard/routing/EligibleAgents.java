package switchboard.routing;

/**
 * The AVAILABLE agents eligible for one queue at one relaxation step, as an intrusive doubly
 * linked list in the order they became available (longest idle first). An agent has one
 * {@link Membership} per queue and step they qualify at, linked while they are AVAILABLE, so
 * becoming available or busy costs one link per membership and a decision reads eligible agents
 * directly, never one that does not qualify.
 */
final class EligibleAgents {

    private Membership head;
    private Membership tail;
    private int size;

    /** An agent's place in one queue's list for one step. */
    static final class Membership {
        final AgentRecord agent;
        final EligibleAgents list;
        Membership previous;
        Membership next;
        boolean linked;

        Membership(AgentRecord agent, EligibleAgents list) {
            this.agent = agent;
            this.list = list;
        }

        Membership next() {
            return next;
        }
    }

    void link(Membership m) {
        m.previous = tail;
        m.next = null;
        if (tail == null) {
            head = m;
        } else {
            tail.next = m;
        }
        tail = m;
        m.linked = true;
        size++;
    }

    void unlink(Membership m) {
        if (!m.linked) {
            return;
        }
        if (m.previous == null) {
            head = m.next;
        } else {
            m.previous.next = m.next;
        }
        if (m.next == null) {
            tail = m.previous;
        } else {
            m.next.previous = m.previous;
        }
        m.previous = null;
        m.next = null;
        m.linked = false;
        size--;
    }

    /** The longest-idle eligible agent's membership, or null; follow {@link Membership#next()}. */
    Membership first() {
        return head;
    }

    int size() {
        return size;
    }
}
