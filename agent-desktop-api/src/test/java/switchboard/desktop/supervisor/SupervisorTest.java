package switchboard.desktop.supervisor;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static switchboard.desktop.Api.as;
import static switchboard.desktop.Interactions.await;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import switchboard.desktop.Api;
import switchboard.desktop.SocketClient;
import switchboard.desktop.callcenter.SimulatedTelephony;
import switchboard.pbxsim.pbx.DeviceBehavior;
import switchboard.pbxsim.pbx.InboundCall;

/** A supervisor watches queues and agents live; agents may not. */
@QuarkusTest
class SupervisorTest {

    @TestHTTPResource("/ws/supervisor")
    URI wallboardEndpoint;

    @TestHTTPResource("/ws/agent")
    URI agentEndpoint;

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
    void aSupervisorPutsAnAgentOnBreakAndTheirDesktopIsTold() throws Exception {
        // An agent between calls: one still wrapping up a call of another test would go on break only after it.
        String agent = as("supervisor").get("/api/agents").then().extract()
                .path("find { it.state == 'AVAILABLE' && it.agent.length() == 4 && it.agent <= '1024' }.agent");
        SocketClient desk = new SocketClient();
        Session session = SocketClient.connect(desk, agentEndpoint, Api.token("agent" + agent));
        desk.next("agent-state");
        as("supervisor").body(Map.of("state", "not-ready", "reason", "coaching")).put("/api/agents/" + agent + "/state")
                .then().statusCode(204);
        JsonNode state = desk.next("agent-state", s -> "coaching".equals(s.path("reason").asText()));
        assertEquals("NOT_READY", state.path("state").asText());
        as("supervisor").get("/api/agents").then()
                .body("find { it.agent == '" + agent + "' }.state", equalTo("NOT_READY"));
        session.close();

        as("supervisor").body(Map.of("state", "asleep")).put("/api/agents/" + agent + "/state")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON).body("errors[0].field", equalTo("state"));
        as("supervisor").body(Map.of("state", "ready")).put("/api/agents/9999/state").then().statusCode(404);
        as("agent" + agent).body(Map.of("state", "ready")).put("/api/agents/" + agent + "/state").then().statusCode(403);
        as("supervisor").body(Map.of("state", "ready")).put("/api/agents/" + agent + "/state").then().statusCode(204);
    }

    @Test
    void liveCallsShowWhereEachCallIs() throws Exception {
        telephony.pbx().device("PJSIP/1001", DeviceBehavior.answersWhenTold());
        try {
            String caller = telephony.pbx().inboundCall(new InboundCall("+12065550179", "18005550100",
                    Map.of("SWB_INTENT", "billing")));
            String callId = "sim:" + caller;
            await(callId, queued -> true);
            as("supervisor").get("/api/calls").then().statusCode(200)
                    .body("find { it.callId == '" + callId + "' }.ani", equalTo("+12065550179"))
                    .body("find { it.callId == '" + callId + "' }.queue", equalTo("billing"))
                    .body("find { it.callId == '" + callId + "' }.state", in(List.of("WAITING", "RINGING", "CONNECTED")));
            telephony.pbx().hangup(caller, 16);
            for (int i = 0; i < 100 && as("supervisor").get("/api/calls").path("callId").toString().contains(callId); i++) {
                Thread.sleep(100);
            }
            as("supervisor").get("/api/calls").then().body("callId", not(hasItem(callId)));
            as("agent1001").get("/api/calls").then().statusCode(403);
        } finally {
            telephony.pbx().device("PJSIP/1001", DeviceBehavior.answersAfter(300));
        }
    }

    @Test
    void aSupervisorListensToAConnectedCall() throws Exception {
        String caller = telephony.pbx().inboundCall(new InboundCall("+12065550180", "18005550100",
                Map.of("SWB_INTENT", "support")));
        String callId = "sim:" + caller;
        for (int i = 0; i < 100 && !"CONNECTED".equals(stateOf(callId)); i++) {
            Thread.sleep(100);
        }
        as("supervisor").body(Map.of("mode", "listen", "device", "PJSIP/9001")).post("/api/calls/" + callId + "/spy")
                .then().statusCode(202);
        boolean ringing = false;
        for (int i = 0; i < 50 && !ringing; i++) {
            ringing = telephony.pbx().coreShowChannels().toString().contains("PJSIP/9001");
            Thread.sleep(ringing ? 0 : 100);
        }
        assertTrue(ringing, "the supervisor's phone never rang");
        telephony.pbx().hangup(caller, 16);

        as("supervisor").body(Map.of("mode", "listen", "device", "PJSIP/9001")).post("/api/calls/sim:nope/spy")
                .then().statusCode(409).contentType(Api.PROBLEM_JSON);
        as("supervisor").body(Map.of("mode", "shout", "device", "PJSIP/9001")).post("/api/calls/" + callId + "/spy")
                .then().statusCode(400).body("errors[0].field", equalTo("mode"));
        as("agent1001").body(Map.of("mode", "listen", "device", "PJSIP/1001")).post("/api/calls/" + callId + "/spy")
                .then().statusCode(403);
    }

    private static String stateOf(String callId) {
        return as("supervisor").get("/api/calls").path("find { it.callId == '" + callId + "' }.state");
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
        await("sim:" + caller, queued -> true);
        telephony.pbx().hangup(caller, 16);

        JsonNode after = wallboard.next("queue-stats", stats -> lost(stats) > before);
        assertEquals(before + 1, lost(after));
        session.close();
    }

    @Test
    void aNewWallboardGetsTheLastHourOfEveryQueueFirst() throws Exception {
        SocketClient wallboard = new SocketClient();
        Session session = SocketClient.connect(wallboard, wallboardEndpoint, Api.token("supervisor"));
        JsonNode samples = wallboard.next("history").path("samples");
        assertTrue(samples.size() > 0, "the feed samples from its first second on");
        JsonNode latest = samples.get(samples.size() - 1);
        int queues = as("supervisor").get("/api/queues").then().extract().path("size()");
        assertEquals(queues, latest.path("queues").size(), latest.toString());
        assertTrue(latest.path("queues").path("billing").has("waiting"), latest.toString());
        session.close();
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
