package switchboard.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import switchboard.routing.kpi.Kpis;

/** A queue changed by an administrator while calls wait, ring and talk in it. */
class QueueChangesTest {

    private static final QueueConfig BILLING = QueueConfig.simple("billing",
            List.of(new SkillRequirement("billing", 4)), Strategy.LINEAR);

    private static List<String> waiting(Harness h, String queue) {
        return h.engine.waitingCalls(queue).stream().map(WaitingCallView::callId).toList();
    }

    private static QueueConfig requiring(int level) {
        return new QueueConfig("billing", List.of(new SkillRequirement("billing", level)), 0,
                QueueConfig.defaultTierBoosts(), 1.0, List.of(), 20, 80, 0, null, 30, 15, 5, Strategy.LINEAR);
    }

    @Test
    void loweringTheRequirementGivesWaitingCallsToAgentsWhoNowQualifyInTheirOrder() {
        Harness h = new Harness().queue(BILLING).readyAgent("junior", Map.of("billing", 2));
        h.engine.callQueued(CallRequest.of("bronze", "billing", CustomerTier.BRONZE, 10, 0));
        h.after(1);
        h.engine.callQueued(CallRequest.of("gold", "billing", CustomerTier.GOLD, 80, 0));
        h.after(30);
        assertTrue(h.assignments.isEmpty());

        h.engine.redefineQueue(requiring(2));

        assertEquals("junior", h.agentOf("gold"));
        assertEquals(List.of("bronze"), waiting(h, "billing"));
        assertEquals("billing>=2", h.last().explanation().requirements());
    }

    @Test
    void raisingTheRequirementStopsOffersButARingingCallKeepsItsAgentAndCounts() {
        Harness h = new Harness().queue(requiring(2)).readyAgent("junior", Map.of("billing", 2));
        h.engine.callQueued(CallRequest.anonymous("ringing", "billing"));
        assertEquals("junior", h.agentOf("ringing"));

        h.engine.redefineQueue(BILLING);
        h.after(3);
        h.handle("ringing", 60);
        h.engine.callQueued(CallRequest.anonymous("next", "billing"));

        assertNull(h.agentOf("next"));
        assertEquals(List.of("next"), waiting(h, "billing"));
        Kpis kpis = h.engine.snapshot("billing").kpis();
        assertEquals(1, kpis.answered());
        assertEquals(1.0, kpis.serviceLevel());
    }

    @Test
    void aRonaReturnStaysAtTheHeadAndRingsTheNextAgentAfterTheChange() {
        Harness h = new Harness().queue(requiring(2)).readyAgent("a1", Map.of("billing", 3));
        h.engine.callQueued(CallRequest.anonymous("returned", "billing"));
        h.engine.agentNoAnswer("returned");
        h.after(1);
        h.engine.callQueued(CallRequest.of("vip", "billing", CustomerTier.PLATINUM, 99, 0));
        assertEquals(List.of("returned", "vip"), waiting(h, "billing"));

        h.engine.redefineQueue(requiring(3).withTiming(10, 20));
        assertEquals(List.of("returned", "vip"), waiting(h, "billing"));

        h.readyAgent("a2", Map.of("billing", 3));
        assertEquals("a2", h.agentOf("returned"));
        assertEquals(20, h.last().ringTimeoutSeconds());
    }

    @Test
    void anOverflowAddedLaterCountsFromWhenTheCallCame() {
        Harness h = new Harness().queue(QueueConfig.simple("general", List.of(), Strategy.LINEAR)).queue(BILLING);
        h.engine.callQueued(CallRequest.anonymous("old", "billing"));
        h.after(90);
        h.engine.callQueued(CallRequest.anonymous("new", "billing"));

        h.engine.redefineQueue(BILLING.withOverflow(60, "general"));
        h.after(0);
        assertEquals(List.of("old:billing->general"), h.overflows);
        h.after(59);
        assertEquals(List.of("old:billing->general"), h.overflows);
        h.after(1);
        assertEquals(List.of("old:billing->general", "new:billing->general"), h.overflows);
    }

    @Test
    void aCallWaitingForOneAgentByNameStillOverflowsAfterTheChange() {
        Harness h = new Harness().queue(QueueConfig.simple("general", List.of(), Strategy.LINEAR))
                .queue(BILLING.withOverflow(120, "general"));
        h.engine.login("away", Map.of("billing", 5));
        h.engine.callQueuedFor(CallRequest.anonymous("for-away", "billing"), "away", 300);
        h.after(30);

        h.engine.redefineQueue(BILLING.withOverflow(120, "general").withTiming(10, 20));
        h.after(89);
        assertTrue(h.overflows.isEmpty());
        h.after(1);
        assertEquals(List.of("for-away:billing->general"), h.overflows);
    }

    @Test
    void onlyAKnownQueueCanBeChanged() {
        Harness h = new Harness().queue(BILLING);
        assertThrows(IllegalArgumentException.class, () -> h.engine.redefineQueue(
                QueueConfig.simple("sales", List.of(), Strategy.LINEAR)));
        assertThrows(IllegalArgumentException.class, () -> h.engine.defineQueue(BILLING));
    }

    @Test
    void anAgentWhoNeverLoggedInIsLoggedOut() {
        assertEquals(AgentState.LOGGED_OUT, new Harness().engine.agentStatus("newcomer").state());
    }
}
