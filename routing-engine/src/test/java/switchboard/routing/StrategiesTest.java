package switchboard.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each strategy picks the agent its rule names. */
class StrategiesTest {

    private static Harness team(Strategy strategy) {
        Harness h = new Harness().queue(QueueConfig.simple("q", List.of(new SkillRequirement("s", 1)), strategy)
                .withTiming(0, 15));
        h.engine.login("a", Map.of("s", 2));
        h.engine.login("b", Map.of("s", 5));
        h.engine.login("c", Map.of("s", 3));
        h.engine.ready("c");
        h.after(10);
        h.engine.ready("a");
        h.after(10);
        h.engine.ready("b");
        return h;
    }

    private static String take(Harness h, String callId, CallRequest request) {
        h.engine.callQueued(request);
        String agent = h.agentOf(callId);
        h.handle(callId, 1);
        h.after(1);
        return agent;
    }

    private static List<String> takeThree(Harness h) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            order.add(take(h, "c" + i, CallRequest.anonymous("c" + i, "q")));
        }
        return order;
    }

    @Test
    void longestIdleTakesWhoWaitedLongest() {
        assertEquals("c", take(team(Strategy.LONGEST_IDLE), "x", CallRequest.anonymous("x", "q")));
    }

    @Test
    void mostSkilledTakesTheExpert() {
        assertEquals("b", take(team(Strategy.MOST_SKILLED), "x", CallRequest.anonymous("x", "q")));
    }

    @Test
    void linearTakesTheLowestPenaltyThenListOrder() {
        assertEquals(List.of("b", "b", "b"), takeThree(team(Strategy.LINEAR)));
    }

    @Test
    void roundRobinRotatesInLoginOrder() {
        assertEquals(List.of("a", "b", "c"), takeThree(team(Strategy.RR_MEMORY)));
    }

    @Test
    void fewestCallsSpreadsTheWork() {
        List<String> order = takeThree(team(Strategy.FEWEST_CALLS));
        assertEquals(3, order.stream().distinct().count(), order.toString());
    }

    @Test
    void randomIsRepeatableForASeed() {
        assertEquals(takeThree(team(Strategy.RANDOM)), takeThree(team(Strategy.RANDOM)));
    }

    @Test
    void valueMatchingSendsTheMostValuableAtRiskCustomerToTheExpert() {
        Harness h = team(Strategy.VALUE_MATCHED);
        assertEquals("b", take(h, "vip", CallRequest.of("vip", "q", CustomerTier.PLATINUM, 99, 0.8)));
        assertTrue(h.last().explanation().topCandidates().size() == 3);
        assertEquals("b", h.last().explanation().topCandidates().get(0).agentId());
        assertEquals(3, h.last().explanation().candidatesConsidered());
    }

    @Test
    void valueMatchingKeepsTheExpertFreeOfRoutineCalls() {
        Harness h = team(Strategy.VALUE_MATCHED);
        String agent = take(h, "routine", CallRequest.of("routine", "q", CustomerTier.BRONZE, 5, 0));
        assertTrue(!agent.equals("b"), "the expert took a routine call");
    }
}
