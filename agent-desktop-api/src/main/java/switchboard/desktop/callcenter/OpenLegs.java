package switchboard.desktop.callcenter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each agent's parts of calls that ended without a disposition yet, newest last, so a
 * disposition is checked without the database. Owned by the routing loop.
 */
final class OpenLegs {

    /** An agent writes up their calls one by one; older ones than these are left to the wrap-up's end. */
    private static final int KEPT_PER_AGENT = 10;

    /** An agent's part of a call: which queue's codes apply. */
    record Leg(String callId, String queue) {
    }

    private final Map<String, Deque<Leg>> byAgent = new HashMap<>();

    void ended(String agentCode, String callId, String queue) {
        Deque<Leg> legs = byAgent.computeIfAbsent(agentCode, code -> new ArrayDeque<>());
        legs.removeIf(leg -> leg.callId().equals(callId));
        legs.addLast(new Leg(callId, queue));
        if (legs.size() > KEPT_PER_AGENT) {
            legs.removeFirst();
        }
    }

    Optional<Leg> find(String agentCode, String callId) {
        Deque<Leg> legs = byAgent.get(agentCode);
        return legs == null ? Optional.empty() : legs.stream().filter(l -> l.callId().equals(callId)).findFirst();
    }

    void dispositioned(String agentCode, String callId) {
        Deque<Leg> legs = byAgent.get(agentCode);
        if (legs != null) {
            legs.removeIf(leg -> leg.callId().equals(callId));
        }
    }
}
