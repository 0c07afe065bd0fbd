package switchboard.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RoutingEngineTest {

    private static final List<SkillRequirement> BILLING = List.of(new SkillRequirement("billing", 2));

    private static QueueConfig billing(Strategy strategy) {
        return QueueConfig.simple("billing", BILLING, strategy);
    }

    @Test
    void anAvailableEligibleAgentGetsANewCallAtOnceAndIsReserved() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED)).readyAgent("a1", Map.of("billing", 3));
        h.engine.callQueued(CallRequest.anonymous("c1", "billing"));
        assertEquals("a1", h.agentOf("c1"));
        assertEquals(AgentState.RESERVED, h.state("a1"));
        assertEquals("c1", h.engine.agentStatus("a1").callId());
        assertEquals("billing>=2", h.last().explanation().requirements());
    }

    @Test
    void anAgentWithoutTheSkillOrBelowTheProficiencyIsNeverOffered() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED))
                .readyAgent("sales", Map.of("sales", 5)).readyAgent("novice", Map.of("billing", 1));
        h.engine.callQueued(CallRequest.anonymous("c1", "billing"));
        assertTrue(h.assignments.isEmpty());
        assertEquals(1, h.engine.waitingCalls("billing").size());
    }

    @Test
    void higherTiersAreServedFirst() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED));
        h.engine.login("a1", Map.of("billing", 3));
        h.engine.callQueued(CallRequest.of("bronze", "billing", CustomerTier.BRONZE, 10, 0));
        h.after(1);
        h.engine.callQueued(CallRequest.of("gold", "billing", CustomerTier.GOLD, 80, 0));
        h.after(1);
        h.engine.callQueued(CallRequest.of("platinum", "billing", CustomerTier.PLATINUM, 99, 0));
        h.engine.ready("a1");
        assertEquals("platinum", h.last().callId());
        h.handle("platinum", 60);
        assertEquals("gold", h.last().callId());
        h.handle("gold", 60);
        assertEquals("bronze", h.last().callId());
        assertTrue(h.last().explanation().callReason().startsWith("highest priority"), h.last().explanation().callReason());
    }

    @Test
    void agingLetsAnOlderCallOvertakeANewerHigherTierOne() {
        // GOLD is worth 20 priority points, aging 1 point a second: a BRONZE call that has waited
        // more than 20 s goes before a GOLD call that has just arrived, and not before.
        Harness early = new Harness().queue(billing(Strategy.VALUE_MATCHED));
        early.engine.login("a1", Map.of("billing", 3));
        early.engine.callQueued(CallRequest.of("bronze", "billing", CustomerTier.BRONZE, 10, 0));
        early.after(19);
        early.engine.callQueued(CallRequest.of("gold", "billing", CustomerTier.GOLD, 80, 0));
        early.engine.ready("a1");
        assertEquals("gold", early.last().callId());

        Harness late = new Harness().queue(billing(Strategy.VALUE_MATCHED));
        late.engine.login("a1", Map.of("billing", 3));
        late.engine.callQueued(CallRequest.of("bronze", "billing", CustomerTier.BRONZE, 10, 0));
        late.after(21);
        late.engine.callQueued(CallRequest.of("gold", "billing", CustomerTier.GOLD, 80, 0));
        late.engine.ready("a1");
        assertEquals("bronze", late.last().callId());
    }

    @Test
    void aRelaxationStepWidensThePoolOnTime() {
        QueueConfig expert = QueueConfig.simple("expert", List.of(new SkillRequirement("billing", 4)),
                Strategy.VALUE_MATCHED).withSteps(List.of(new RelaxationStep(30, 2, Set.of())));
        Harness h = new Harness().queue(expert).readyAgent("junior", Map.of("billing", 2));
        h.engine.callQueued(CallRequest.anonymous("c1", "expert"));
        h.after(29.9);
        assertTrue(h.assignments.isEmpty());
        h.after(0.1);
        assertEquals("junior", h.agentOf("c1"));
        assertEquals(1, h.last().explanation().relaxationStep());
        assertEquals("billing>=2", h.last().explanation().requirements());
        assertEquals(30.0, h.last().explanation().waitedSeconds(), 0.001);
    }

    @Test
    void aRelaxationStepCanDropASkill() {
        QueueConfig spanishBilling = QueueConfig.simple("billing-es",
                List.of(new SkillRequirement("billing", 2), new SkillRequirement("spanish", 4)), Strategy.VALUE_MATCHED)
                .withSteps(List.of(new RelaxationStep(60, 0, Set.of("billing"))));
        Harness h = new Harness().queue(spanishBilling).readyAgent("hablante", Map.of("spanish", 5));
        h.engine.callQueued(CallRequest.anonymous("c1", "billing-es"));
        h.after(59);
        assertTrue(h.assignments.isEmpty());
        h.after(1);
        assertEquals("hablante", h.agentOf("c1"));
        assertEquals("spanish>=4", h.last().explanation().requirements());
    }

    @Test
    void anAgentFreeingUpTakesACallOnlyOnceItHasRelaxedEnough() {
        QueueConfig expert = QueueConfig.simple("expert", List.of(new SkillRequirement("billing", 4)),
                Strategy.VALUE_MATCHED).withSteps(List.of(new RelaxationStep(30, 2, Set.of())));
        Harness h = new Harness().queue(expert);
        h.engine.login("junior", Map.of("billing", 2));
        h.engine.callQueued(CallRequest.anonymous("old", "expert"));
        h.after(40);
        h.engine.callQueued(CallRequest.of("new", "expert", CustomerTier.PLATINUM, 99, 0));
        h.engine.ready("junior");
        assertEquals("junior", h.agentOf("old"));
        assertEquals(List.of("new"), h.engine.waitingCalls("expert").stream().map(WaitingCallView::callId).toList());
    }

    @Test
    void ronaPutsTheAgentNotReadyAndTheCallBackAtTheHeadOfItsQueue() {
        Harness h = new Harness().queue(billing(Strategy.LINEAR)).readyAgent("a1", Map.of("billing", 3));
        h.engine.callQueued(CallRequest.of("first", "billing", CustomerTier.BRONZE, 10, 0));
        h.after(5);
        h.engine.callQueued(CallRequest.of("vip", "billing", CustomerTier.PLATINUM, 99, 0));
        h.after(10);
        assertEquals(List.of("first@a1"), h.ronas);
        assertEquals(AgentState.NOT_READY, h.state("a1"));
        assertEquals("rona", h.engine.agentStatus("a1").reason());
        assertEquals(List.of("first", "vip"), h.engine.waitingCalls("billing").stream().map(WaitingCallView::callId).toList());
        h.readyAgent("a2", Map.of("billing", 2));
        assertEquals("a2", h.agentOf("first"));
        assertTrue(h.last().explanation().callReason().contains("head"), h.last().explanation().callReason());
    }

    @Test
    void ronaGoesStraightToTheNextEligibleAgent() {
        Harness h = new Harness().queue(billing(Strategy.LINEAR))
                .readyAgent("a1", Map.of("billing", 3)).readyAgent("a2", Map.of("billing", 3));
        h.engine.callQueued(CallRequest.anonymous("c1", "billing"));
        assertEquals("a1", h.agentOf("c1"));
        h.engine.agentNoAnswer("c1");
        assertEquals("a2", h.agentOf("c1"));
        assertEquals(AgentState.NOT_READY, h.state("a1"));
    }

    @Test
    void wrapUpFollowsTheCallThenTheAgentIsAvailableAgain() {
        QueueConfig queue = billing(Strategy.VALUE_MATCHED).withTiming(30, 15);
        Harness h = new Harness().queue(queue).readyAgent("a1", Map.of("billing", 3));
        h.engine.callQueued(CallRequest.anonymous("c1", "billing"));
        h.engine.callAnswered("c1");
        assertEquals(AgentState.ON_CALL, h.state("a1"));
        h.after(100);
        h.engine.callEnded("c1");
        assertEquals(AgentState.WRAP_UP, h.state("a1"));
        h.engine.callQueued(CallRequest.anonymous("c2", "billing"));
        h.after(29);
        assertEquals(AgentState.WRAP_UP, h.state("a1"));
        h.after(1);
        assertEquals("a1", h.agentOf("c2"));
        assertEquals(130.0, h.engine.snapshot("billing").kpis().ahtSeconds(), 0.001);
    }

    @Test
    void aDispositionEndsWrapUpEarly() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED).withTiming(120, 15))
                .readyAgent("a1", Map.of("billing", 3));
        h.engine.callQueued(CallRequest.anonymous("c1", "billing"));
        h.engine.callAnswered("c1");
        h.after(60);
        h.engine.callEnded("c1");
        h.after(10);
        h.engine.wrapUpDone("a1");
        assertEquals(AgentState.AVAILABLE, h.state("a1"));
        assertEquals(70.0, h.engine.snapshot("billing").kpis().ahtSeconds(), 0.001);
    }

    @Test
    void readyDuringWrapUpEndsItAndCountsItInTheHandleTime() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED)).readyAgent("a1", Map.of("billing", 3));
        h.engine.callQueued(CallRequest.anonymous("c1", "billing"));
        h.engine.callAnswered("c1");
        h.after(100);
        h.engine.callEnded("c1");
        h.after(20);
        h.engine.ready("a1");
        assertEquals(AgentState.AVAILABLE, h.state("a1"));
        assertNull(h.engine.agentStatus("a1").callId());
        assertEquals(120.0, h.engine.snapshot("billing").kpis().ahtSeconds(), 0.001);
    }

    @Test
    void notReadyAskedDuringACallAppliesAfterIt() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED)).readyAgent("a1", Map.of("billing", 3));
        h.engine.callQueued(CallRequest.anonymous("c1", "billing"));
        h.engine.callAnswered("c1");
        h.engine.notReady("a1", "lunch");
        assertEquals(AgentState.ON_CALL, h.state("a1"));
        h.engine.callEnded("c1");
        h.engine.wrapUpDone("a1");
        assertEquals(AgentState.NOT_READY, h.state("a1"));
        assertEquals("lunch", h.engine.agentStatus("a1").reason());
    }

    @Test
    void thePreferredAgentIsHonoured() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED))
                .readyAgent("expert", Map.of("billing", 5)).readyAgent("owner", Map.of("billing", 2));
        h.engine.callQueued(CallRequest.of("c1", "billing", CustomerTier.PLATINUM, 99, 0.9).withPreferredAgent("owner"));
        assertEquals("owner", h.agentOf("c1"));
        assertTrue(h.last().explanation().agentReason().contains("preferred"));
    }

    @Test
    void thePreferredAgentIsFoundInALargePool() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED));
        for (int i = 0; i < 200; i++) {
            h.readyAgent(String.format("a%03d", i), Map.of("billing", 3));
        }
        h.engine.callQueued(CallRequest.of("c1", "billing", CustomerTier.GOLD, 80, 0).withPreferredAgent("a150"));
        assertEquals("a150", h.agentOf("c1"));
    }

    @Test
    void aDecisionComparesABoundedNumberOfTheLongestIdleAgents() {
        Harness h = new Harness().queue(billing(Strategy.LONGEST_IDLE));
        for (int i = 0; i < 500; i++) {
            h.readyAgent(String.format("a%03d", i), Map.of("billing", 2 + i % 4));
            h.after(1);
        }
        h.engine.callQueued(CallRequest.anonymous("c1", "billing"));
        assertEquals(RoutingEngine.MAX_CANDIDATES, h.last().explanation().candidatesConsidered());
        assertEquals("a000", h.agentOf("c1"));
    }

    @Test
    void tiesBreakDeterministicallyByAgentId() {
        for (int run = 0; run < 3; run++) {
            Harness h = new Harness().queue(billing(Strategy.LONGEST_IDLE));
            for (String id : List.of("m", "z", "b", "k")) {
                h.engine.login(id, Map.of("billing", 3));
            }
            for (String id : List.of("z", "k", "m", "b")) {
                h.engine.ready(id);
            }
            h.engine.callQueued(CallRequest.anonymous("c1", "billing"));
            assertEquals("b", h.agentOf("c1"));
        }
    }

    @Test
    void noCallStarvesUnderSustainedHighTierLoad() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED)).readyAgent("a1", Map.of("billing", 3));
        h.engine.callQueued(CallRequest.of("busy", "billing", CustomerTier.PLATINUM, 99, 0));
        h.engine.callQueued(CallRequest.of("bronze", "billing", CustomerTier.BRONZE, 5, 0));
        String current = "busy";
        for (int i = 0; i < 50 && !"bronze".equals(current); i++) {
            h.engine.callQueued(CallRequest.of("p" + i, "billing", CustomerTier.PLATINUM, 99, 0));
            h.handle(current, 10);
            current = h.last().callId();
        }
        assertEquals("bronze", current);
        // PLATINUM's 30-point lead is gone after 30 s of waiting; each call takes 10 s.
        assertTrue(h.last().explanation().waitedSeconds() <= 40, "waited " + h.last().explanation().waitedSeconds());
    }

    @Test
    void anAgentServingSeveralQueuesTakesTheBestCallAcrossThem() {
        QueueConfig sales = new QueueConfig("sales", List.of(new SkillRequirement("sales", 2)), 50,
                QueueConfig.defaultTierBoosts(), 1, List.of(), 20, 80, 0, null, 30, 15, 5, Strategy.VALUE_MATCHED);
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED)).queue(sales);
        h.engine.login("both", Map.of("billing", 3, "sales", 3));
        h.engine.callQueued(CallRequest.of("b", "billing", CustomerTier.GOLD, 80, 0));
        h.after(10);
        h.engine.callQueued(CallRequest.anonymous("s", "sales"));
        h.engine.ready("both");
        assertEquals("s", h.last().callId());
    }

    @Test
    void aCallOverflowsAfterTheMaximumWait() {
        QueueConfig general = QueueConfig.simple("general", List.of(new SkillRequirement("english", 3)),
                Strategy.VALUE_MATCHED);
        Harness h = new Harness().queue(general).queue(billing(Strategy.VALUE_MATCHED).withOverflow(120, "general"))
                .readyAgent("generalist", Map.of("english", 4));
        h.engine.callQueued(CallRequest.anonymous("c1", "billing"));
        h.after(119);
        assertTrue(h.overflows.isEmpty());
        h.after(1);
        assertEquals(List.of("c1:billing->general"), h.overflows);
        assertEquals("generalist", h.agentOf("c1"));
        assertEquals("general", h.last().queue());
    }

    @Test
    void aCallStillWaitingIsNotYetOfferedSoItCannotDragTheServiceLevelDown() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED));
        h.engine.callQueued(CallRequest.anonymous("waiting", "billing"));
        h.after(5);
        var kpis = h.engine.snapshot("billing").kpis();
        assertEquals(0, kpis.offered());
        assertTrue(Double.isNaN(kpis.serviceLevel()), "service level " + kpis.serviceLevel());
        assertEquals(1, h.engine.snapshot("billing").waiting());
    }

    @Test
    void callersWhoHangUpWaitingAreCountedAbandonedAndShortAbandonsApart() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED));
        h.engine.callQueued(CallRequest.anonymous("quick", "billing"));
        h.after(2);
        h.engine.callEnded("quick");
        h.engine.callQueued(CallRequest.anonymous("patient", "billing"));
        h.after(45);
        h.engine.callEnded("patient");
        var kpis = h.engine.snapshot("billing").kpis();
        assertEquals(1, kpis.abandoned());
        assertEquals(1, kpis.shortAbandoned());
        assertEquals(1, kpis.offered());
        assertEquals(1.0, kpis.abandonRate(), 1e-9);
        assertEquals(0, h.engine.snapshot("billing").waiting());
    }

    @Test
    void aCallerWhoHangsUpWhileTheAgentRingsFreesTheAgent() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED)).readyAgent("a1", Map.of("billing", 3));
        h.engine.callQueued(CallRequest.anonymous("c1", "billing"));
        h.engine.callEnded("c1");
        assertEquals(AgentState.AVAILABLE, h.state("a1"));
        assertNull(h.engine.agentStatus("a1").callId());
        assertEquals(1, h.engine.snapshot("billing").kpis().shortAbandoned());
    }

    @Test
    void serviceLevelAndAsaCountAnswersWithinTheThreshold() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED));
        h.engine.login("a1", Map.of("billing", 3));
        h.engine.callQueued(CallRequest.anonymous("fast", "billing"));
        h.after(10);
        h.engine.ready("a1");
        h.handle("fast", 30);
        h.engine.notReady("a1", "break");
        h.engine.callQueued(CallRequest.anonymous("slow", "billing"));
        h.after(50);
        h.engine.ready("a1");
        h.handle("slow", 30);
        var kpis = h.engine.snapshot("billing").kpis();
        assertEquals(2, kpis.answered());
        assertEquals(0.5, kpis.serviceLevel(), 1e-9);
        assertEquals(30.0, kpis.asaSeconds(), 1e-9);
    }

    @Test
    void waitingCallsShowTheirPositionAndExpectedWait() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED));
        h.engine.login("a1", Map.of("billing", 3));
        h.engine.callQueued(CallRequest.anonymous("c1", "billing"));
        h.engine.callQueued(CallRequest.of("c2", "billing", CustomerTier.GOLD, 80, 0));
        List<WaitingCallView> waiting = h.engine.waitingCalls("billing");
        assertEquals(List.of("c2", "c1"), waiting.stream().map(WaitingCallView::callId).toList());
        assertEquals(Double.POSITIVE_INFINITY, waiting.get(0).expectedWaitSeconds());
        h.engine.ready("a1");
        assertEquals(1, h.engine.waitingCalls("billing").get(0).position());
    }

    @Test
    void unknownNamesAreErrors() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED));
        assertThrows(IllegalArgumentException.class, () -> h.engine.callQueued(CallRequest.anonymous("c", "nope")));
        assertThrows(IllegalArgumentException.class, () -> h.engine.ready("ghost"));
        assertThrows(IllegalArgumentException.class, () -> h.engine.login("x", Map.of("billing", 9)));
        assertEquals(false, h.engine.callAnswered("never-queued"));
    }

    @Test
    void aCallTransferredByNameWaitsForThatAgentAndNobodyElseTakesIt() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED))
                .readyAgent("idle", Map.of("billing", 5)).readyAgent("named", Map.of("sales", 3));
        h.engine.callQueued(CallRequest.anonymous("busy-call", "billing"));
        h.engine.notReady("named", "meeting");
        h.engine.callQueuedFor(CallRequest.anonymous("transfer", "billing"), "named", 60);
        h.handle("busy-call", 10);
        assertEquals(List.of("busy-call"), h.assignments.stream().map(Assignment::callId).toList(),
                "the idle billing agent must not take a call transferred to someone else");
        assertEquals(1, h.engine.snapshot("billing").waiting());

        h.after(5);
        h.engine.ready("named");
        assertEquals("named", h.agentOf("transfer"), "skills do not matter for a transfer by name");
        assertEquals("the caller was transferred to named by name", h.last().explanation().agentReason());
        assertEquals(0, h.engine.snapshot("billing").waiting());
    }

    @Test
    void aTransferToAnAgentWhoStaysAwayOrDoesNotAnswerGoesToTheQueue() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED)).readyAgent("named", Map.of("billing", 3));
        h.engine.notReady("named", "lunch");
        h.engine.login("other", Map.of("billing", 3));
        h.engine.callQueuedFor(CallRequest.anonymous("away", "billing"), "named", 30);
        h.engine.ready("other");
        assertTrue(h.assignments.isEmpty());
        h.after(30);
        assertEquals("other", h.agentOf("away"), "after the wait for the named agent, anyone eligible");

        Harness rona = new Harness().queue(billing(Strategy.VALUE_MATCHED)).readyAgent("named", Map.of("billing", 3));
        rona.engine.login("other", Map.of("billing", 3));
        rona.engine.callQueuedFor(CallRequest.anonymous("unanswered", "billing"), "named", 60);
        assertEquals("named", rona.agentOf("unanswered"));
        rona.engine.ready("other");
        rona.engine.agentNoAnswer("unanswered");
        assertEquals("other", rona.agentOf("unanswered"));
        assertEquals(AgentState.NOT_READY, rona.state("named"));
    }

    @Test
    void theAvailableQualifiedAgentsAreListedLongestIdleFirst() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED)).readyAgent("first", Map.of("billing", 3));
        h.after(5);
        h.readyAgent("second", Map.of("billing", 2)).readyAgent("sales", Map.of("sales", 5));
        h.readyAgent("busy", Map.of("billing", 4));
        h.engine.notReady("busy", "lunch");
        assertEquals(List.of("first", "second"), h.engine.availableAgents("billing", 10));
        assertEquals(List.of("first"), h.engine.availableAgents("billing", 1));
    }

    @Test
    void theExpectedWaitOfANewCallerIsTheWorkAheadSharedByTheAgentsServing() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED)).readyAgent("a1", Map.of("billing", 3));
        assertEquals(0.0, h.engine.expectedWaitSeconds("billing"), "an agent is free");
        h.engine.callQueued(CallRequest.anonymous("c1", "billing"));
        h.engine.callQueued(CallRequest.anonymous("c2", "billing"));
        // No handle time measured yet: 300 s assumed; one call ahead plus this one, one agent.
        assertEquals(600.0, h.engine.expectedWaitSeconds("billing"), 1e-9);
        h.engine.notReady("a1", "lunch");
        h.engine.callEnded("c1");
        assertEquals(Double.POSITIVE_INFINITY, h.engine.expectedWaitSeconds("billing"), "nobody serves the queue");
    }

    @Test
    void campaignCallsAreLeftOutOfTheQueuesKpis() {
        Harness h = new Harness().queue(billing(Strategy.VALUE_MATCHED)).readyAgent("a1", Map.of("billing", 3));
        h.engine.notReady("a1", "outbound");
        h.engine.outboundAnswered(CallRequest.anonymous("out-1", "billing"), "a1", 2);
        h.engine.ready("a1");
        assertEquals("a1", h.agentOf("out-1"));
        h.handle("out-1", 60);
        h.engine.outboundAnswered(CallRequest.anonymous("out-2", "billing"), null, 2);
        h.engine.notReady("a1", "break");
        h.engine.callEnded("out-2");
        assertEquals(0, h.engine.snapshot("billing").kpis().offered(), "no inbound caller was offered");
        h.engine.ready("a1");
        h.engine.callQueued(CallRequest.anonymous("in-1", "billing"));
        h.handle("in-1", 30);
        assertEquals(1, h.engine.snapshot("billing").kpis().answered());
    }
}
