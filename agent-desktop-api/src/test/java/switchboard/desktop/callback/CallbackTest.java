package switchboard.desktop.callback;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static switchboard.desktop.Api.PROBLEM_JSON;
import static switchboard.desktop.Api.as;
import static switchboard.desktop.Interactions.await;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.Numbers;
import switchboard.desktop.callcenter.SimulatedTelephony;
import switchboard.desktop.interaction.Interaction;
import switchboard.pbxsim.pbx.CustomerMix;
import switchboard.pbxsim.pbx.InboundCall;

/**
 * Dispositions use the queue's own codes, and a callback code schedules a callback for the
 * agent, which the agent and supervisors then see; callbacks can also be scheduled over REST.
 */
@QuarkusTest
class CallbackTest {

    @Inject
    SimulatedTelephony telephony;

    @Test
    void aRetentionAgentPromisesACallBackAndItIsScheduledForThem() throws Exception {
        String caller = telephony.pbx().inboundCall(new InboundCall("+14155550123", "18005550100",
                Map.of("SWB_INTENT", "retention", "SWB_LANGUAGE", "en")));
        String callId = "sim:" + caller;
        Interaction handled = await(callId, i -> i.agentId != null && i.answeredAt != null);
        String agent = "agent" + QuarkusTransaction.requiringNew()
                .call(() -> Agent.<Agent>findById(handled.agentId).code);
        String disposition = "/api/desktop/calls/" + callId + "/disposition";

        as(agent).body(Map.of("code", "resolved")).post(disposition).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", equalTo("must be one of [retained, retained-no-offer, declined, callback, "
                        + "wrong-number, do-not-call], not 'resolved'"));
        as(agent).body(Map.of("code", "callback")).post(disposition).then().statusCode(400)
                .body("errors[0].field", equalTo("callbackAt"));
        as(agent).body(Map.of("code", "declined", "callbackAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post(disposition).then().statusCode(400).body("errors[0].field", equalTo("callbackAt"));

        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        as(agent).body(Map.of("code", "callback", "notes", "Wants to think about the offer", "callbackAt", tomorrow))
                .post(disposition).then().statusCode(204);
        await(callId, i -> "callback".equals(i.disposition));

        as(agent).get("/api/callbacks").then().statusCode(200)
                .body("find { it.originCallId == '" + callId + "' }.phone", equalTo("+14155550123"))
                .body("find { it.originCallId == '" + callId + "' }.source", equalTo("DISPOSITION"))
                .body("find { it.originCallId == '" + callId + "' }.notes", equalTo("Wants to think about the offer"))
                .body("find { it.originCallId == '" + callId + "' }.dueAt", equalTo(tomorrow));
        as("supervisor").get("/api/callbacks").then().body("originCallId", hasItem(callId));
        String other = "agent1001".equals(agent) ? "agent1002" : "agent1001";
        as(other).get("/api/callbacks").then().body("originCallId", not(hasItem(callId)));
        telephony.pbx().hangup(caller, 16);
    }

    @Test
    void aCallbackScheduledOverRestIsCheckedAndListed() {
        String inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        as("supervisor").body(Map.of("phone", "(415) 555-0199", "dueAt", inAnHour, "queue", "billing", "agent", "1003"))
                .post("/api/callbacks").then().statusCode(201)
                .body("phone", equalTo("+14155550199")).body("source", equalTo("API")).body("status", equalTo("SCHEDULED"));
        as("agent1003").get("/api/callbacks").then().body("phone", hasItem("+14155550199"));

        as("supervisor").body(Map.of("phone", "+14155550199", "dueAt", "2020-01-01T00:00:00Z")).post("/api/callbacks")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("dueAt"));
        as("supervisor").body(Map.of("phone", "not a number", "dueAt", inAnHour)).post("/api/callbacks")
                .then().statusCode(400).body("errors[0].field", equalTo("phone"));
        as("supervisor").body(Map.of("phone", "+14155550199", "dueAt", inAnHour, "queue", "nowhere"))
                .post("/api/callbacks").then().statusCode(400).body("errors[0].field", equalTo("queue"));
    }

    @Test
    void aDueCallbackIsDialledForTheAgentItWasPromisedToAndDone() throws Exception {
        telephony.pbx().customers(new CustomerMix(1, 0, 0, 100, 7));
        String number = Numbers.inItsCallingWindow().replaceAll("\\d{2}$", "42");
        String soon = Instant.now().plusSeconds(2).toString();
        long id = ((Number) as("supervisor").body(Map.of("phone", number, "dueAt", soon, "queue", "billing", "agent", "1016"))
                .post("/api/callbacks").then().statusCode(201).extract().path("id")).longValue();
        Callback done = null;
        for (int i = 0; i < 150 && (done == null || done.status != Callback.Status.DONE); i++) {
            Thread.sleep(100);
            done = QuarkusTransaction.requiringNew().call(() -> Callback.findById(id));
        }
        assertEquals(Callback.Status.DONE, done.status, "the callback was made");
        Interaction call = null;
        for (int i = 0; i < 100 && (call == null || call.agentId == null); i++) {
            Thread.sleep(100);
            call = QuarkusTransaction.requiringNew().call(() -> Interaction.<Interaction>find(
                    "ani = ?1 and direction = ?2", number, Interaction.Direction.OUTBOUND).firstResult());
        }
        assertEquals("Callback", call.campaign);
        assertEquals(16L, call.agentId.longValue(), "agent 1016 promised it");
        telephony.pbx().hangupMatching(Pattern.compile("^PJSIP/" + Pattern.quote(number) + "@carrier-"), 16);
    }
}
