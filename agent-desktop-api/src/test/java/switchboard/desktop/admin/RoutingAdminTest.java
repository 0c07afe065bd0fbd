package switchboard.desktop.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static switchboard.desktop.Api.PROBLEM_JSON;
import static switchboard.desktop.Api.as;
import static switchboard.desktop.Interactions.await;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.callcenter.SimulatedTelephony;
import switchboard.desktop.interaction.Interaction;
import switchboard.pbxsim.pbx.InboundCall;

/**
 * Administrators set up agents, skills and queues while calls flow: routing follows each change
 * at once, calls already waiting included.
 */
@QuarkusTest
class RoutingAdminTest {

    @Inject
    SimulatedTelephony telephony;

    private static Map<String, Object> queue(Map<String, Integer> required, Integer maxWait, String overflow) {
        Map<String, Object> queue = new HashMap<>(Map.of("description", "Insurance claims", "basePriority", 0,
                "slTargetPercent", 80, "slThresholdSeconds", 30, "wrapUpSeconds", 20, "ringTimeoutSeconds", 15,
                "requiredSkills", required, "steps", List.of()));
        queue.put("maxWaitSeconds", maxWait);
        queue.put("overflowQueue", overflow);
        return queue;
    }

    private static Map<String, Object> agent(Map<String, Integer> skills, boolean active) {
        return Map.of("name", "Ines Ortega", "device", "PJSIP/1990", "team", "Care North", "skills", skills,
                "active", active);
    }

    private String call(String intent) {
        return "sim:" + telephony.pbx().inboundCall(new InboundCall("+12065550199", "18005550100",
                Map.of("SWB_INTENT", intent)));
    }

    @Test
    void aNewQueueAndANewAgentTakeLiveCallsAtOnceAndAChangeOfSkillsStopsThem() throws Exception {
        as("admin").put("/api/admin/skills/insurance").then().statusCode(201);
        as("admin").header("If-None-Match", "*").body(queue(Map.of("insurance", 3), null, null))
                .put("/api/admin/queues/insurance").then().statusCode(201)
                .body("requiredSkills.insurance", equalTo(3)).body("slThresholdSeconds", equalTo(30));

        String waiting = call("insurance");
        Interaction queued = await(waiting, i -> i.queueId != null);
        Thread.sleep(500);
        assertNull(await(waiting, i -> true).agentId, "nobody has the skill yet");

        as("admin").header("If-None-Match", "*").body(agent(Map.of("insurance", 4, "english", 3), true))
                .put("/api/admin/agents/1990").then().statusCode(201).body("skills.insurance", equalTo(4));
        Interaction answered = await(waiting, i -> i.answeredAt != null);
        long ines = QuarkusTransaction.requiringNew().call(() -> Agent.<Agent>find("code", "1990").firstResult().id);
        assertEquals(ines, answered.agentId);
        assertEquals(queued.queueId, answered.queueId);
        assertTrue(answered.routingExplanation.contains("insurance>=3"), answered.routingExplanation);
        hangUp(waiting);

        as("admin").body(agent(Map.of("english", 3), true)).put("/api/admin/agents/1990").then().statusCode(200);
        String next = call("insurance");
        await(next, i -> i.queueId != null);
        Thread.sleep(1000);
        assertNull(await(next, i -> true).agentId, "she no longer has the skill");
        hangUp(next);

        as("admin").body(agent(Map.of("insurance", 4), false)).put("/api/admin/agents/1990").then().statusCode(200)
                .body("active", equalTo(false));
        as("supervisor").get("/api/agents").then().body("agent", org.hamcrest.Matchers.not(hasItem("1990")));
    }

    @Test
    void raisingAQueuesRequirementKeepsItsWaitingCallsAndOverflowsThemByTheNewRules() throws Exception {
        as("admin").put("/api/admin/skills/pensions").then().statusCode(201);
        as("admin").body(queue(Map.of("pensions", 5), null, null)).put("/api/admin/queues/pensions").then()
                .statusCode(201);
        String waiting = call("pensions");
        await(waiting, i -> i.queueId != null);

        as("admin").body(queue(Map.of("pensions", 5), 10, "general")).put("/api/admin/queues/pensions").then()
                .statusCode(200).body("overflowQueue", equalTo("general"));

        Interaction answered = await(waiting, i -> i.answeredAt != null);
        assertTrue(answered.routingExplanation.contains("\"queue\":\"general\""), answered.routingExplanation);
        hangUp(waiting);
    }

    @Test
    void badSettingsAreRefusedInWordsAndChangeNothing() {
        as("admin").body(queue(Map.of("astrology", 3), null, null)).put("/api/admin/queues/horoscopes").then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("requiredSkills"))
                .body("errors[0].message", containsString("billing"));
        as("admin").get("/api/admin/queues").then().body("name", org.hamcrest.Matchers.not(hasItem("horoscopes")));
        as("admin").body(queue(Map.of("billing", 9), null, null)).put("/api/admin/queues/billing").then()
                .statusCode(400).body("errors[0].message", containsString("1 to 5"));
        as("admin").body(queue(Map.of("billing", 2), 60, null)).put("/api/admin/queues/billing").then()
                .statusCode(400).body("errors[0].field", equalTo("overflowQueue"));
        as("admin").body(queue(Map.of("billing", 2), 60, "billing")).put("/api/admin/queues/billing").then()
                .statusCode(400).body("errors[0].message", containsString("loop"));
        as("admin").header("If-None-Match", "*").body(queue(Map.of("billing", 2), null, null))
                .put("/api/admin/queues/billing").then().statusCode(400).body("errors[0].field", equalTo("name"));
        as("admin").body(agent(Map.of("billing", 3), true)).put("/api/admin/agents/1001%20x").then().statusCode(400);
        as("admin").body(Map.of("name", "X", "device", "1001", "skills", Map.of(), "active", true))
                .put("/api/admin/agents/1991").then().statusCode(400).body("errors[0].message", containsString("PJSIP/1001"));
        as("admin").get("/api/admin/queues").then().body("find { it.name == 'billing' }.requiredSkills.billing",
                equalTo(2));
        as("supervisor").get("/api/admin/queues").then().statusCode(403);
    }

    private void hangUp(String callId) throws InterruptedException {
        telephony.pbx().hangup(callId.substring("sim:".length()), 16);
        await(callId, i -> i.endedAt != null);
    }
}
