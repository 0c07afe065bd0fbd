package switchboard.desktop.screenpop;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static switchboard.desktop.Api.PROBLEM_JSON;
import static switchboard.desktop.Api.as;
import static switchboard.desktop.Interactions.await;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.callcenter.SimulatedTelephony;
import switchboard.desktop.interaction.Interaction;
import switchboard.desktop.queue.RoutingQueue;
import switchboard.pbxsim.pbx.InboundCall;

/**
 * Hold and blind transfers from the desktop. Hold: the caller hears music, the supervisor sees
 * the call held, and the time on hold is recorded. Transfers: to an agent by name, who gets the caller whatever their
 * skills, then to a queue, where the ACD routes the caller again. Each agent's part of the call
 * is an interaction of its own, and the first agent can still record their disposition.
 */
@QuarkusTest
class CallControlTest {

    @Inject
    SimulatedTelephony telephony;

    @Test
    void aCallerIsPassedToAnAgentByNameThenToTheRetentionQueue() throws Exception {
        as("supervisor").body(Map.of("state", "ready")).put("/api/agents/1010/state").then().statusCode(204);
        String caller = telephony.pbx().inboundCall(new InboundCall("+13125550142", "18005550100",
                Map.of("SWB_INTENT", "billing", "SWB_LANGUAGE", "en")));
        String callId = "sim:" + caller;
        Interaction first = await(callId, i -> i.answeredAt != null);
        String firstAgent = code(first.agentId);
        String transfer = "/api/desktop/calls/" + callId + "/transfer";
        String toAgent = "1010".equals(firstAgent) ? "1011" : "1010";

        as("agent" + firstAgent).body(Map.of("queue", "nowhere")).post(transfer).then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("queue"));
        as("agent" + firstAgent).body(Map.of()).post(transfer).then().statusCode(400);
        as("agent" + toAgent).body(Map.of("queue", "retention")).post(transfer).then().statusCode(409);

        as("agent" + firstAgent).body(Map.of("agent", toAgent)).post(transfer).then().statusCode(204);
        Interaction second = await(callId, i -> i.answeredAt != null && i.agentId != null && !i.agentId.equals(first.agentId));
        assertEquals(toAgent, code(second.agentId));
        assertTrue(second.routingExplanation.contains("transferred to " + toAgent + " by name"), second.routingExplanation);
        Interaction closed = QuarkusTransaction.requiringNew()
                .call(() -> Interaction.<Interaction>find("callId", callId + "/" + first.id).firstResult());
        assertEquals(Interaction.Outcome.TRANSFERRED, closed.outcome);

        as("agent" + toAgent).body(Map.of("queue", "retention")).post(transfer).then().statusCode(204);
        Interaction third = await(callId, i -> i.answeredAt != null && i.agentId != null && !i.agentId.equals(second.agentId));
        assertEquals(retentionQueueId(), third.queueId);

        as("agent" + firstAgent).body(Map.of("code", "escalated", "notes", "Passed to a colleague"))
                .post("/api/desktop/calls/" + callId + "/disposition").then().statusCode(204);
        Interaction disposed = await(callId + "/" + first.id, i -> i.disposition != null);
        assertEquals("escalated", disposed.disposition);
        telephony.pbx().hangup(caller, 16);
    }

    @Test
    void anAgentPutsTheCallerOnHoldAndBackAndTheHoldTimeIsRecorded() throws Exception {
        String caller = telephony.pbx().inboundCall(new InboundCall("+13125550143", "18005550100",
                Map.of("SWB_INTENT", "sales", "SWB_LANGUAGE", "en")));
        String callId = "sim:" + caller;
        String agent = "agent" + code(await(callId, i -> i.answeredAt != null).agentId);
        String calls = "/api/calls";

        as(agent).post("/api/desktop/calls/" + callId + "/unhold").then().statusCode(409)
                .body("detail", equalTo("The caller is not on hold"));
        as(agent).post("/api/desktop/calls/" + callId + "/hold").then().statusCode(204);
        awaitState(callId, "HELD");
        as(agent).post("/api/desktop/calls/" + callId + "/hold").then().statusCode(409)
                .body("detail", equalTo("The caller is already on hold"));
        Thread.sleep(1_100);
        as(agent).post("/api/desktop/calls/" + callId + "/unhold").then().statusCode(204);
        awaitState(callId, "CONNECTED");
        as("supervisor").get(calls).then().body("find { it.callId == '" + callId + "' }.state", equalTo("CONNECTED"));
        telephony.pbx().hangup(caller, 16);
        Interaction done = await(callId, i -> i.outcome == Interaction.Outcome.ANSWERED);
        assertTrue(done.holdSeconds != null && done.holdSeconds >= 1, "hold seconds " + done.holdSeconds);
    }

    private static void awaitState(String callId, String state) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String now = as("supervisor").get("/api/calls").then().extract().path("find { it.callId == '" + callId + "' }.state");
            if (state.equals(now)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(callId + " never became " + state);
    }

    @Test
    void theDesktopListsTheQueuesToTransferTo() {
        as("agent1004").get("/api/queues").then().statusCode(200).body("name", hasItem("retention"));
    }

    private static String code(Long agentId) {
        return QuarkusTransaction.requiringNew().call(() -> Agent.<Agent>findById(agentId).code);
    }

    private static Long retentionQueueId() {
        return QuarkusTransaction.requiringNew()
                .call(() -> RoutingQueue.<RoutingQueue>find("name", "retention").firstResult().id);
    }
}
