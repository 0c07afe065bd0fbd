package switchboard.desktop.supervisor;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static switchboard.desktop.Api.as;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import switchboard.desktop.Api;
import switchboard.desktop.SocketClient;
import switchboard.desktop.callcenter.SimulatedTelephony;
import switchboard.desktop.interaction.Interaction;
import switchboard.pbxsim.pbx.InboundCall;

/** A supervisor watches queues and agents live; agents may not. */
@QuarkusTest
class SupervisorTest {

    @TestHTTPResource("/ws/supervisor")
    URI wallboardEndpoint;

    @Inject
    SimulatedTelephony telephony;

    @Test
    void aSupervisorReadsEveryQueueAndTier() {
        as("supervisor").get("/api/queues/stats").then().statusCode(200)
                .body("queues.queue", hasItem("billing"))
                .body("queues.find { it.queue == 'billing' }.kpis", hasKey("serviceLevelPercent"))
                .body("tiers", hasKey("PLATINUM"));
        as("supervisor").get("/api/agents").then().statusCode(200)
                .body("agent", hasItem("1001"));
    }

    @Test
    void anAgentMayNotWatchTheQueues() throws Exception {
        as("agent1001").get("/api/queues/stats").then().statusCode(403).contentType(Api.PROBLEM_JSON);
        as("agent1001").get("/api/agents").then().statusCode(403);
        SocketClient agent = new SocketClient();
        SocketClient.connect(agent, wallboardEndpoint, Api.token("agent1001"));
        assertTrue(agent.next("error").path("message").asText().startsWith("Log in first"));
        assertTrue(agent.closedByServer());
    }

    @Test
    void theWallboardCountsACallerWhoHungUp() throws Exception {
        SocketClient wallboard = new SocketClient();
        Session session = SocketClient.connect(wallboard, wallboardEndpoint, Api.token("supervisor"));
        long before = lost(wallboard.next("queue-stats"));
        JsonNode board = wallboard.next("agent-board");
        assertTrue(board.path("agents").size() > 0, board.toString());

        String caller = telephony.pbx().inboundCall(new InboundCall("+12065550178", "18005550100",
                Map.of("SWB_INTENT", "sales")));
        awaitQueued("sim:" + caller);
        telephony.pbx().hangup(caller, 16);

        JsonNode after = wallboard.next("queue-stats", stats -> lost(stats) > before);
        assertEquals(before + 1, lost(after));
        session.close();
    }

    private static void awaitQueued(String callId) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            if (QuarkusTransaction.requiringNew().call(() -> Interaction.count("callId", callId)) > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(callId + " never reached a queue");
    }

    /** Abandoned and short-abandoned calls in the sales queue. */
    private static long lost(JsonNode stats) {
        for (JsonNode queue : stats.path("queues")) {
            if ("sales".equals(queue.path("queue").asText())) {
                return queue.path("kpis").path("abandoned").asLong() + queue.path("kpis").path("shortAbandoned").asLong();
            }
        }
        throw new AssertionError("no sales queue in " + stats);
    }
}
