package switchboard.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An engine on a virtual clock that records every decision. */
final class Harness implements RoutingListener {

    final VirtualClock clock = new VirtualClock(1_000_000);
    final RoutingEngine engine = new RoutingEngine(clock, this, 7, 60);
    final List<Assignment> assignments = new ArrayList<>();
    final List<String> ronas = new ArrayList<>();
    final List<String> overflows = new ArrayList<>();

    @Override
    public void assigned(Assignment assignment) {
        assignments.add(assignment);
    }

    @Override
    public void ronaRequeued(String callId, String agentId) {
        ronas.add(callId + "@" + agentId);
    }

    @Override
    public void overflowed(String callId, String fromQueue, String toQueue) {
        overflows.add(callId + ":" + fromQueue + "->" + toQueue);
    }

    Harness queue(QueueConfig config) {
        engine.defineQueue(config);
        return this;
    }

    Harness readyAgent(String id, Map<String, Integer> skills) {
        engine.login(id, skills);
        engine.ready(id);
        return this;
    }

    void after(double seconds) {
        clock.advanceSeconds(seconds);
        engine.tick();
    }

    Assignment last() {
        return assignments.get(assignments.size() - 1);
    }

    String agentOf(String callId) {
        return assignments.stream().filter(a -> a.callId().equals(callId)).reduce((a, b) -> b)
                .map(Assignment::agentId).orElse(null);
    }

    /** Answers, talks for {@code seconds}, hangs up and dispositions at once. */
    void handle(String callId, double seconds) {
        String agent = agentOf(callId);
        engine.callAnswered(callId);
        after(seconds);
        engine.callEnded(callId);
        engine.wrapUpDone(agent);
    }

    AgentState state(String agentId) {
        return engine.agentStatus(agentId).state();
    }
}
