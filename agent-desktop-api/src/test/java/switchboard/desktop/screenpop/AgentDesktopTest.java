package switchboard.desktop.screenpop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static switchboard.desktop.Interactions.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
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
import switchboard.pbxsim.pbx.DeviceBehavior;
import switchboard.pbxsim.pbx.InboundCall;

/**
 * Agent 1001's desktop over a real WebSocket while the simulated PBX calls: the screen-pop
 * arrives while the phone still rings, then the call's and the agent's states, and the
 * agent hangs up from the desktop, and the disposition ends wrap-up.
 */
@QuarkusTest
class AgentDesktopTest {

    @TestHTTPResource("/ws/agent")
    URI endpoint;

    @Inject
    SimulatedTelephony telephony;

    @AfterEach
    void restorePhone() {
        telephony.pbx().device("PJSIP/1001", DeviceBehavior.answersAfter(300));
    }

    private Session connect(SocketClient desk, String token) throws Exception {
        return SocketClient.connect(desk, endpoint, token);
    }

    /** A customer whose last answered call was with agent 1001: their preferred agent. */
    private static long customerOfAgent1001() {
        return customerLastServedBy(1);
    }

    /** The agent picks up once the phone rings (the pop comes before the ring). */
    private void pickUp(String device) throws InterruptedException {
        boolean picked = false;
        for (int i = 0; i < 100 && !picked; i++) {
            picked = telephony.pbx().answerDevice(device);
            Thread.sleep(picked ? 0 : 50);
        }
        assertTrue(picked, device + " never rang");
    }

    private static long customerLastServedBy(long agentId) {
        return QuarkusTransaction.requiringNew().call(() -> Interaction.<Interaction>find(
                "from Interaction i where i.outcome = ?1 and i.agentId = ?2 and i.offeredAt = "
                        + "(select max(j.offeredAt) from Interaction j where j.customerId = i.customerId and j.outcome = ?1)",
                Interaction.Outcome.ANSWERED, agentId).firstResult().customerId);
    }

    @Test
    void withoutADispositionWrapUpEndsWhenTheQueuesWrapUpTimeRunsOut() throws Exception {
        SocketClient desk = new SocketClient();
        Session session = connect(desk, Api.token("agent1009"));
        session.getBasicRemote().sendText("{\"type\":\"set-state\",\"state\":\"ready\"}");
        desk.next("agent-state", s -> "AVAILABLE".equals(s.path("state").asText()));
        String caller = telephony.pbx().inboundCall(new InboundCall("+19995550102", "18005550100",
                Map.of("SWB_INTENT", "sales", "SWB_CUSTOMER_ID", String.valueOf(customerLastServedBy(9)))));
        String callId = "sim:" + caller;
        assertEquals(callId, desk.next("screen-pop").path("call").path("callId").asText());
        pickUp("PJSIP/1009");
        desk.next("call-state", s -> "connected".equals(s.path("state").asText()));
        telephony.pbx().hangup(caller, 16);

        JsonNode wrapUp = desk.next("agent-state", s -> "WRAP_UP".equals(s.path("state").asText()));
        Instant since = Instant.parse(wrapUp.path("since").asText());
        Instant ends = Instant.parse(wrapUp.path("wrapUpEndsAt").asText());
        assertEquals(20, Duration.between(since, ends).toSeconds(), "the sales queue's wrap-up time");
        JsonNode ready = desk.next("agent-state", s -> "AVAILABLE".equals(s.path("state").asText()), 30);
        assertTrue(!Instant.parse(ready.path("since").asText()).isBefore(ends.minusMillis(200)),
                "wrap-up lasted its full time: " + ready);
        session.close();
    }

    @Test
    void theScreenPopArrivesWhileThePhoneRingsAndTheDispositionEndsWrapUp() throws Exception {
        SocketClient desk = new SocketClient();
        Session session = connect(desk, Api.token("agent1001"));
        session.getBasicRemote().sendText("{\"type\":\"set-state\",\"state\":\"ready\"}");
        desk.next("agent-state");
        telephony.pbx().device("PJSIP/1001", DeviceBehavior.answersWhenTold());
        long customer = customerOfAgent1001();

        String caller = telephony.pbx().inboundCall(new InboundCall("+19995550100", "18005550100",
                Map.of("SWB_INTENT", "billing", "SWB_CUSTOMER_ID", String.valueOf(customer), "SWB_LANGUAGE", "en",
                        "SWB_IVR_PATH", "ani:unknown>lang:en>menu:billing>account:ok>verify:ok")));
        String callId = "sim:" + caller;
        JsonNode pop = desk.next("screen-pop");
        assertEquals(callId, pop.path("call").path("callId").asText());
        assertEquals(customer, pop.path("customer").path("customer").path("id").asLong());
        assertTrue(pop.path("why").path("agentReason").asText().contains("preferred"), pop.path("why").toString());
        assertEquals("ani:unknown>lang:en>menu:billing>account:ok>verify:ok", pop.path("ivr").path("ivrPath").asText());
        assertFalse(pop.path("nextBestAction").asText().isEmpty());
        assertTrue(pop.path("seq").asLong() > 0);

        // The pop comes at reservation, before the phone starts ringing; the agent picks up once it rings.
        pickUp("PJSIP/1001");
        assertEquals("connected", desk.next("call-state").path("state").asText());
        session.getBasicRemote().sendText("{\"type\":\"hangup\",\"callId\":\"" + callId + "\"}");
        assertEquals("ended", desk.next("call-state").path("state").asText());
        JsonNode wrapUp;
        do {
            wrapUp = desk.next("agent-state");
        } while (!"WRAP_UP".equals(wrapUp.path("state").asText()));

        session.getBasicRemote().sendText("{\"type\":\"disposition\",\"callId\":\"" + callId
                + "\",\"code\":\"resolved\",\"notes\":\"Explained the bill\"}");
        assertEquals("AVAILABLE", desk.next("agent-state").path("state").asText());
        Interaction recorded = await(callId, i -> i.disposition != null);
        assertEquals("resolved", recorded.disposition);
        assertEquals("Explained the bill", recorded.notes);
        session.close();

        SocketClient again = new SocketClient();
        Session reconnected = connect(again, Api.token("agent1001"));
        reconnected.getBasicRemote().sendText("{\"type\":\"resume\",\"lastSeq\":" + (pop.path("seq").asLong() - 1) + "}");
        JsonNode replayed = again.next("screen-pop");
        assertEquals(pop.path("seq").asLong(), replayed.path("seq").asLong());
        assertEquals(callId, replayed.path("call").path("callId").asText());
        reconnected.close();
    }

    @Test
    void anAgentWhoDoesNotPickUpIsSetNotReadyAndTheCallerGoesToTheNextAgent() throws Exception {
        SocketClient desk = new SocketClient();
        Session session = connect(desk, Api.token("agent1001"));
        session.getBasicRemote().sendText("{\"type\":\"set-state\",\"state\":\"ready\"}");
        desk.next("agent-state", s -> "AVAILABLE".equals(s.path("state").asText()));
        telephony.pbx().device("PJSIP/1001", DeviceBehavior.neverAnswers());
        long customer = customerOfAgent1001();

        String caller = telephony.pbx().inboundCall(new InboundCall("+19995550101", "18005550100",
                Map.of("SWB_INTENT", "billing", "SWB_CUSTOMER_ID", String.valueOf(customer))));
        String callId = "sim:" + caller;
        assertEquals(callId, desk.next("screen-pop").path("call").path("callId").asText());
        // The ACD gives up on an agent once the queue's ring timeout has passed.
        JsonNode rona = desk.next("agent-state", s -> "NOT_READY".equals(s.path("state").asText()), 40);
        assertEquals("rona", rona.path("reason").asText());

        Interaction answered = await(callId, i -> i.answeredAt != null);
        assertTrue(answered.agentId != 1L, "agent 1001 cannot have answered: their phone never does");
        telephony.pbx().hangup(caller, 16);
        session.getBasicRemote().sendText("{\"type\":\"set-state\",\"state\":\"ready\"}");
        session.close();
    }

    @Test
    void badMessagesGetAnErrorAndTheConnectionStays() throws Exception {
        SocketClient desk = new SocketClient();
        Session session = connect(desk, Api.token("agent1002"));
        session.getBasicRemote().sendText("{oops");
        assertTrue(desk.next("error").path("message").asText().startsWith("Not a JSON message"));
        session.getBasicRemote().sendText("{\"type\":\"dance\"}");
        assertTrue(desk.next("error").path("message").asText().contains("Unknown message type 'dance'"));
        session.getBasicRemote().sendText("{\"type\":\"disposition\",\"callId\":\"sim:nope\",\"code\":\"x\"}");
        assertEquals("No call sim:nope of yours to put a disposition on", desk.next("error").path("message").asText());
        session.getBasicRemote().sendText("{\"type\":\"hangup\",\"callId\":\"sim:nope\"}");
        assertEquals("No call sim:nope of yours to hang up", desk.next("error").path("message").asText());
        session.getBasicRemote().sendText("{\"type\":\"set-state\",\"state\":\"asleep\"}");
        assertTrue(desk.next("error").path("message").asText().contains("ready, not-ready or logout"));
        assertTrue(session.isOpen());
        session.close();
    }

    @Test
    void aDesktopWithoutAnAgentsTokenIsTurnedAway() throws Exception {
        SocketClient anonymous = new SocketClient();
        connect(anonymous, null);
        assertTrue(anonymous.next("error").path("message").asText().startsWith("Log in first"));
        SocketClient supervisor = new SocketClient();
        connect(supervisor, Api.token("supervisor"));
        supervisor.next("error");
        assertTrue(supervisor.closedByServer());
    }
}
