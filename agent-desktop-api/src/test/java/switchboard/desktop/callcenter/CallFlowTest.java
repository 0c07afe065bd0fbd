package switchboard.desktop.callcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static switchboard.desktop.Interactions.await;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.interaction.Interaction;
import switchboard.desktop.queue.RoutingQueue;
import switchboard.pbxsim.pbx.InboundCall;

/**
 * Live calls on the embedded default: the simulated PBX runs the shipped dialplan, the bridge
 * feeds the routing engine, the engine rings an agent whose phone answers, and the call is
 * recorded with its routing explanation.
 */
@QuarkusTest
class CallFlowTest {

    @Inject
    SimulatedTelephony telephony;

    @Test
    void aKnownCustomersBillingCallReachesABillingAgentAndIsRecorded() throws Exception {
        String caller = telephony.pbx().inboundCall(new InboundCall("+493021062958", "18005550100",
                Map.of("SWB_INTENT", "billing", "SWB_CUSTOMER_ID", "1", "SWB_IVR_PATH", "ani:known>menu:billing")));
        String callId = "sim:" + caller;
        Interaction connected = await(callId, i -> i.answeredAt != null);
        Thread.sleep(500);
        telephony.pbx().hangup(caller, 16);
        Interaction done = await(callId, i -> i.outcome == Interaction.Outcome.ANSWERED);

        assertEquals(1L, done.customerId);
        assertEquals("ani:known>menu:billing", done.ivrPath);
        assertNotNull(done.talkSeconds);
        String agentSkills = QuarkusTransaction.requiringNew().call(() -> {
            Agent agent = Agent.findById(connected.agentId);
            return agent.skills.stream().map(s -> s.skill.name + "=" + s.proficiency).toList().toString();
        });
        assertTrue(agentSkills.contains("billing="), "the agent has no billing skill: " + agentSkills);
        String queue = QuarkusTransaction.requiringNew().call(() -> RoutingQueue.<RoutingQueue>findById(done.queueId).name);
        assertEquals("billing", queue);
        assertTrue(done.routingExplanation.contains("\"queue\":\"billing\""), done.routingExplanation);
        assertTrue(done.routingExplanation.contains("billing>="), done.routingExplanation);
    }

    @Test
    void aCallerWhoHangsUpBeforeAnAgentAnswersIsCountedAbandoned() throws Exception {
        String caller = telephony.pbx().inboundCall(new InboundCall("+12065550177", "18005550100",
                Map.of("SWB_INTENT", "sales")));
        String callId = "sim:" + caller;
        await(callId, i -> i.outcome == Interaction.Outcome.IN_PROGRESS);
        telephony.pbx().hangup(caller, 16);
        Interaction done = await(callId, i -> i.endedAt != null);
        assertEquals(Interaction.Outcome.SHORT_ABANDONED, done.outcome);
        assertEquals(null, done.agentId);
        assertEquals(null, done.customerId);
    }
}
