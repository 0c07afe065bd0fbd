package switchboard.desktop.campaign;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static switchboard.desktop.Api.PROBLEM_JSON;
import static switchboard.desktop.Api.as;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import switchboard.desktop.Api;
import switchboard.desktop.Numbers;
import switchboard.desktop.SocketClient;
import switchboard.desktop.callcenter.SimulatedTelephony;
import switchboard.desktop.customer.Customer;
import switchboard.desktop.dnc.DncEntry;
import switchboard.desktop.interaction.Interaction;
import switchboard.pbxsim.pbx.CustomerMix;

/**
 * Retention campaigns end to end against the simulated PBX: the target list from a segment, a
 * CSV import checked row by row, progressive dialing that keeps an agent free for each call, the
 * screen-pop with the campaign, the do-not-call disposition taking effect, retries by outcome.
 */
@QuarkusTest
class CampaignTest {

    /** Retention agents other than 1005, kept busy so the campaign's calls go to 1005's desktop. */
    private static final List<String> OTHER_RETENTION_AGENTS = List.of("1007", "1012", "1018", "1021", "1023");

    @TestHTTPResource("/ws/agent")
    URI agentEndpoint;

    @TestHTTPResource("/ws/supervisor")
    URI wallboardEndpoint;

    @Inject
    SimulatedTelephony telephony;

    @AfterEach
    void stopDialing() {
        QuarkusTransaction.requiringNew().run(() -> Campaign.update("status = ?1 where status = ?2",
                Campaign.Status.STOPPED, Campaign.Status.RUNNING));
    }

    @Test
    void theTargetListHoldsTheSegmentsCustomersWhoMayBeCalled() {
        long id = Campaigns.create("Gold at risk", "PROGRESSIVE", Map.of("minChurnRisk", 0.6, "tiers", List.of("GOLD", "PLATINUM")));
        long expected = QuarkusTransaction.requiringNew().call(() -> Customer.count("consentPhone = true and doNotCall = false "
                + "and churnRisk >= 0.6 and valueTier in ?1 and size(phones) > 0", Set.of(
                        switchboard.desktop.customer.scoring.ValueTier.GOLD, switchboard.desktop.customer.scoring.ValueTier.PLATINUM)));
        assertTrue(expected > 0, "the demo data has valuable customers at risk");
        as("supervisor").get("/api/campaigns/" + id).then().statusCode(200)
                .body("targets.PENDING", equalTo((int) expected)).body("status", equalTo("DRAFT"));
        List<CampaignTarget> targets = QuarkusTransaction.requiringNew().call(() -> CampaignTarget
                .<CampaignTarget>list("campaignId = ?1 order by priority desc", id));
        Customer first = QuarkusTransaction.requiringNew().call(() -> Customer.findById(targets.get(0).customerId));
        Customer last = QuarkusTransaction.requiringNew().call(() -> Customer.findById(targets.get(targets.size() - 1).customerId));
        assertTrue(first.valueScore * (1 + first.churnRisk) >= last.valueScore * (1 + last.churnRisk));

        as("supervisor").body(Map.of("name", "Bad", "mode", "PROGRESSIVE", "queue", "retention", "script", "s",
                "offer", "o", "callerId", "+18005550100", "ringSeconds", 10)).post("/api/campaigns").then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("ringSeconds"));
        as("supervisor").body(Map.of("name", "Too early", "mode", "PROGRESSIVE", "queue", "retention", "script", "s",
                "offer", "o", "callerId", "+18005550100", "windowStart", "07:00")).post("/api/campaigns").then()
                .statusCode(400).body("errors[0].field", equalTo("windowStart"));
        as("agent1001").get("/api/campaigns").then().statusCode(403);
    }

    @Test
    void aCsvImportIsCheckedRowByRowAndIsAllOrNothing() {
        long id = Campaigns.create("Imported", "PROGRESSIVE");
        String bad = "phone,customer_id\n+12125550155,\nnot a phone,\n+12125550155,\n+12125550166,999999999\n";
        as("supervisor").contentType("text/csv").body(bad).post("/api/campaigns/" + id + "/targets").then()
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", equalTo("3 row(s) rejected; nothing was imported"))
                .body("errors.field", equalTo(List.of("line 3", "line 4", "line 5")));
        as("supervisor").get("/api/campaigns/" + id).then().body("targets.PENDING", equalTo(0));
        as("supervisor").contentType("text/csv").body("phone,customer_id\n+12125550155,\n(212) 555-0166,\n")
                .post("/api/campaigns/" + id + "/targets").then().statusCode(200).body("imported", equalTo(2));
    }

    @Test
    void aProgressiveCallReachesTheKeptAgentWithTheCampaignAndADoNotCallTakesEffect() throws Exception {
        telephony.pbx().customers(new CustomerMix(1, 0, 0, 100, 7));
        String number = Numbers.inItsCallingWindow();
        long id = Campaigns.withNumber("Progressive", "PROGRESSIVE", number);
        OTHER_RETENTION_AGENTS.forEach(agent -> setState(agent, "not-ready"));
        SocketClient desk = new SocketClient();
        Session session = SocketClient.connect(desk, agentEndpoint, Api.token("agent1005"));
        try {
            session.getBasicRemote().sendText("{\"type\":\"set-state\",\"state\":\"ready\"}");
            desk.next("agent-state", s -> "AVAILABLE".equals(s.path("state").asText()));
            as("supervisor").post("/api/campaigns/" + id + "/start").then().statusCode(200).body("status", equalTo("RUNNING"));

            JsonNode pop = desk.next("screen-pop", p -> "Progressive".equals(p.path("campaign").path("name").asText()), 20);
            assertEquals("Three months at half price", pop.path("campaign").path("offer").asText());
            assertEquals(number, pop.path("call").path("ani").asText());
            String callId = pop.path("call").path("callId").asText();
            answer(session, desk, callId);
            session.getBasicRemote().sendText("{\"type\":\"disposition\",\"callId\":\"" + callId
                    + "\",\"code\":\"do-not-call\",\"notes\":\"Asked us to stop calling\"}");
            DialAttempt attempt = awaitAttempt(id, a -> a.agentConnectedAt != null);
            assertTrue(attempt.allowed);
            assertEquals(callId, attempt.callId);
            assertTrue(attempt.reason.startsWith("in the calling window"), attempt.reason);
            assertTrue(attempt.pacing.contains("agent 1005 kept free"), attempt.pacing);
            awaitTrue(() -> DncEntry.listed(number), "the do-not-call request is listed");
            telephony.pbx().hangupMatching(Pattern.compile("^PJSIP/" + Pattern.quote(number) + "@carrier-"), 16);
            Interaction outbound = awaitInteraction(callId, i -> i.outcome == Interaction.Outcome.ANSWERED);
            assertEquals(Interaction.Direction.OUTBOUND, outbound.direction);
            assertEquals("Progressive", outbound.campaign);
        } finally {
            session.close();
            OTHER_RETENTION_AGENTS.forEach(agent -> setState(agent, "ready"));
        }
        as("supervisor").get("/api/campaigns/" + id).then().body("targets.DONE", equalTo(1)).body("answered", equalTo(1));
        as("supervisor").get("/api/campaigns/" + id + "/compliance").then().statusCode(200)
                .body("callsOutsideWindow", equalTo(0)).body("abandonRate24hPercent", equalTo(0.0));

        long again = Campaigns.withNumber("After the request", "PROGRESSIVE", number);
        as("supervisor").post("/api/campaigns/" + again + "/start").then().statusCode(200);
        DialAttempt refused = awaitAttempt(again, a -> true);
        assertEquals("on a do-not-call list", refused.reason);
        as("supervisor").get("/api/campaigns/" + again + "/compliance").then().body("doNotCallBlocked", equalTo(1));
        as("supervisor").get("/api/campaigns/" + again + "/attempts").then().body("reason", hasItem("on a do-not-call list"));
    }

    @Test
    void inPreviewTheAgentSeesTheNumberFirstSkipsOrCalls() throws Exception {
        telephony.pbx().customers(new CustomerMix(1, 0, 0, 100, 7));
        String number = Numbers.inItsCallingWindow().replaceAll("\\d{2}$", "21");
        long id = Campaigns.withNumber("Preview", "PREVIEW", number);
        List<String> others = List.of("1007", "1012", "1018", "1021", "1023");
        others.forEach(agent -> setState(agent, "not-ready"));
        SocketClient desk = new SocketClient();
        Session session = SocketClient.connect(desk, agentEndpoint, Api.token("agent1005"));
        try {
            session.getBasicRemote().sendText("{\"type\":\"set-state\",\"state\":\"ready\"}");
            desk.next("agent-state", s -> "AVAILABLE".equals(s.path("state").asText()));
            as("supervisor").post("/api/campaigns/" + id + "/start").then().statusCode(200);

            JsonNode preview = desk.next("preview", p -> number.equals(p.path("phone").asText()), 20);
            assertEquals("Preview", preview.path("campaign").path("name").asText());
            long attempt = preview.path("attemptId").asLong();
            as("agent1002").post("/api/desktop/previews/" + attempt + "/call").then().statusCode(409);
            as("agent1005").post("/api/desktop/previews/" + attempt + "/skip").then().statusCode(204);
            CampaignTarget skipped = QuarkusTransaction.requiringNew()
                    .call(() -> CampaignTarget.<CampaignTarget>find("campaignId", id).firstResult());
            assertEquals(0, skipped.attempts, "a skip is no attempt");
            QuarkusTransaction.requiringNew().run(() -> CampaignTarget.update("nextAttemptAt = null where campaignId = ?1", id));

            JsonNode again = desk.next("preview", p -> number.equals(p.path("phone").asText()), 20);
            as("agent1005").post("/api/desktop/previews/" + again.path("attemptId").asLong() + "/call").then().statusCode(204);
            JsonNode pop = desk.next("screen-pop", p -> "Preview".equals(p.path("campaign").path("name").asText()), 20);
            answer(session, desk, pop.path("call").path("callId").asText());
            awaitAttempt(id, a -> a.agentConnectedAt != null);
        } finally {
            session.close();
            telephony.pbx().hangupMatching(Pattern.compile("^PJSIP/" + Pattern.quote(number) + "@carrier-"), 16);
            others.forEach(agent -> setState(agent, "ready"));
        }
    }

    @Test
    void aBusyNumberIsTriedAgainAfterTheCampaignsBusyDelay() throws Exception {
        telephony.pbx().customers(new CustomerMix(0, 1, 0, 100, 7));
        String number = Numbers.inItsCallingWindow().replaceAll("\\d{2}$", "88");
        long id = Campaigns.withNumber("Busy", "PROGRESSIVE", number);
        as("supervisor").post("/api/campaigns/" + id + "/start").then().statusCode(200);
        DialAttempt busy = awaitAttempt(id, a -> "BUSY".equals(a.outcome));
        CampaignTarget target = QuarkusTransaction.requiringNew().call(() -> CampaignTarget.findById(busy.targetId));
        assertEquals(CampaignTarget.Status.PENDING, target.status);
        assertEquals(1, target.attempts);
        assertNotNull(target.nextAttemptAt);
        long minutes = Duration.between(busy.decidedAt, target.nextAttemptAt).toMinutes();
        assertTrue(minutes >= 29 && minutes <= 31, "retried after 30 minutes, not " + minutes);
        telephony.pbx().customers(new CustomerMix(1, 0, 0, 100, 7));

        SocketClient wallboard = new SocketClient();
        Session watching = SocketClient.connect(wallboard, wallboardEndpoint, Api.token("supervisor"));
        JsonNode stats = wallboard.next("campaign-stats", m -> m.path("campaigns").toString().contains("\"Busy\""));
        for (JsonNode campaign : stats.path("campaigns")) {
            if ("Busy".equals(campaign.path("name").asText())) {
                assertEquals(1, campaign.path("dialed").asInt());
                assertEquals(0, campaign.path("answered").asInt());
                assertEquals(1, campaign.path("remaining").asInt());
            }
        }
        watching.close();
    }

    @Test
    void predictiveDialsAheadOfTheAgentsAndAnAnsweredCallNobodyTakesWithinTwoSecondsIsAbandoned() throws Exception {
        telephony.pbx().customers(new CustomerMix(1, 0, 0, 100, 7));
        String number = Numbers.inItsCallingWindow();
        StringBuilder csv = new StringBuilder("phone,customer_id\n");
        for (int i = 10; i < 16; i++) {
            csv.append(number, 0, number.length() - 2).append(i).append(",\n");
        }
        long id = Campaigns.create("Predictive", "PREDICTIVE");
        as("supervisor").contentType("text/csv").body(csv.toString()).post("/api/campaigns/" + id + "/targets").then()
                .statusCode(200).body("imported", equalTo(6));
        // Only 1007 may take the campaign's calls (1005 may still be another test's person).
        List<String> others = List.of("1005", "1012", "1018", "1021", "1023");
        others.forEach(agent -> setState(agent, "not-ready"));
        try {
            setState("1007", "ready");
            as("supervisor").post("/api/campaigns/" + id + "/start").then().statusCode(200);
            // One free agent and a 30 % answer rate expected: about three lines; everyone answers here.
            DialAttempt abandoned = awaitAttempt(id, a -> a.abandoned);
            assertNotNull(abandoned.answeredAt);
            assertEquals(null, abandoned.agentConnectedAt);
            assertTrue(abandoned.pacing.startsWith("predictive: answer rate 30 %"), abandoned.pacing);
            awaitAttempt(id, a -> a.agentConnectedAt != null);
            as("supervisor").post("/api/campaigns/" + id + "/pause").then().statusCode(200);
            Interaction lost = awaitInteraction(abandoned.callId, i -> i.outcome == Interaction.Outcome.ABANDONED
                    || i.outcome == Interaction.Outcome.SHORT_ABANDONED);
            assertEquals(Interaction.Direction.OUTBOUND, lost.direction);
            Double rate = as("supervisor").get("/api/campaigns/" + id + "/compliance").then().extract()
                    .path("abandonRate24hPercent");
            assertTrue(rate != null && rate > 0, "the abandon counts: " + rate);
        } finally {
            telephony.pbx().hangupMatching(Pattern.compile("^PJSIP/\\+.*@carrier-"), 16);
            others.forEach(agent -> setState(agent, "ready"));
        }
    }

    @Test
    void aTeamCampaignWaitsForItsOwnAgentsAndNotOthersOfTheQueue() throws Exception {
        telephony.pbx().customers(new CustomerMix(1, 0, 0, 100, 7));
        String number = Numbers.inItsCallingWindow().replaceAll("\\d{2}$", "55");
        Map<String, Object> request = new java.util.HashMap<>(Map.of("name", "Desk only", "mode", "PROGRESSIVE",
                "queue", "retention", "team", "Retention Desk", "script", "s", "offer", "o",
                "callerId", "+18005550100", "segment", Map.of("minChurnRisk", 1.0)));
        long id = ((Number) as("supervisor").body(request).post("/api/campaigns").then().statusCode(201)
                .extract().path("id")).longValue();
        as("supervisor").contentType("text/csv").body("phone,customer_id\n" + number + ",\n")
                .post("/api/campaigns/" + id + "/targets").then().statusCode(200);
        // The Retention Desk: 1005, 1007, 1012, 1018, 1021; 1023 (Sales Floor) qualifies for the queue too.
        List<String> desk = List.of("1005", "1007", "1012", "1018", "1021");
        desk.forEach(agent -> setState(agent, "not-ready"));
        try {
            setState("1023", "ready");
            as("supervisor").post("/api/campaigns/" + id + "/start").then().statusCode(200);
            Thread.sleep(3_000);
            assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> DialAttempt.count("campaignId", id)),
                    "no agent of the team is free: nothing is dialled");
            setState("1021", "ready");
            DialAttempt connected = awaitAttempt(id, a -> a.agentConnectedAt != null);
            assertTrue(connected.pacing.contains("agent 1021"), connected.pacing);
        } finally {
            telephony.pbx().hangupMatching(Pattern.compile("^PJSIP/" + Pattern.quote(number) + "@carrier-"), 16);
            desk.forEach(agent -> setState(agent, "ready"));
        }
        as("supervisor").body(Map.of("name", "No such team", "mode", "PROGRESSIVE", "queue", "retention", "team",
                "Night Shift", "script", "s", "offer", "o", "callerId", "+18005550100")).post("/api/campaigns").then()
                .statusCode(400).body("errors[0].field", equalTo("team"));
    }

    @Test
    void theComplianceReportFindsACallPlacedOutsideTheWindowWhateverItsDecisionSaid() {
        long id = Campaigns.withNumber("Window audit", "PROGRESSIVE", "+12125550161");
        QuarkusTransaction.requiringNew().run(() -> {
            CampaignTarget target = CampaignTarget.find("campaignId", id).firstResult();
            for (String at : List.of("2026-11-23T08:00:00Z", "2026-11-23T15:00:00Z")) {
                DialAttempt a = new DialAttempt();
                a.campaignId = id;
                a.targetId = target.id;
                a.phone = target.phone;
                a.decidedAt = Instant.parse(at);
                a.allowed = true;
                a.reason = "in the calling window";
                a.persist();
            }
        });
        // 03:00 and 10:00 in New York: one of the two was outside 08:00–21:00.
        as("supervisor").get("/api/campaigns/" + id + "/compliance").then().body("callsOutsideWindow", equalTo(1));
    }

    @Test
    void underUkRulesTheEstimatedAmdFalsePositivesCountAsAbandoned() {
        Map<String, Object> request = new java.util.HashMap<>(Map.of("name", "UK machines", "mode", "PROGRESSIVE",
                "queue", "retention", "script", "s", "offer", "o", "callerId", "+442079460000", "rules", "UK",
                "amdFalsePositivePercent", 10, "segment", Map.of("minChurnRisk", 1.0)));
        long id = ((Number) as("supervisor").body(request).post("/api/campaigns").then().statusCode(201)
                .extract().path("id")).longValue();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 19; i++) {
                DialAttempt a = new DialAttempt();
                a.campaignId = id;
                a.phone = "+4420794600" + (10 + i);
                a.decidedAt = Instant.now().minusSeconds(60);
                a.allowed = true;
                a.reason = "test";
                if (i < 9) {
                    a.answeredAt = a.decidedAt.plusSeconds(5);
                    a.outcome = "ANSWERED";
                } else {
                    a.outcome = "MACHINE";
                }
                a.persist();
            }
        });
        // Ten machines at a 10 % false-positive estimate: one person, counted as answered and abandoned: 1 ÷ 10.
        as("supervisor").get("/api/campaigns/" + id + "/compliance").then().body("abandonRate24hPercent", equalTo(10.0));
    }

    @Test
    void externalDoNotCallListsAreImportedWholeAndAStaleOneStopsUsCampaigns() {
        as("supervisor").contentType("text/csv").body("phone\n+12125550191\nnonsense\n").put("/api/dnc/lists/state-registry")
                .then().statusCode(400).body("errors[0].field", equalTo("line 3"));
        as("supervisor").contentType("text/csv").body("phone\n+12125550191\n(212) 555-0192\n")
                .put("/api/dnc/lists/state-registry").then().statusCode(200).body("entries", equalTo(2));
        as("supervisor").get("/api/dnc/lists").then().body("find { it.source == 'state-registry' }.stale", equalTo(false));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> DncEntry.listed("+12125550192")));

        long id = Campaigns.create("Stale lists", "PROGRESSIVE");
        QuarkusTransaction.requiringNew().run(() -> {
            DncEntry old = new DncEntry();
            old.phone = "+12125550193";
            old.source = "registry-last-quarter";
            old.addedAt = Instant.now().minus(Duration.ofDays(40));
            old.persist();
        });
        try {
            as("supervisor").get("/api/campaigns/" + id + "/compliance").then()
                    .body("staleDoNotCallLists", equalTo(List.of("registry-last-quarter")));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> DncEntry.delete("source", "registry-last-quarter"));
        }
    }

    private void answer(Session session, SocketClient desk, String callId) throws Exception {
        for (int i = 0; i < 50; i++) {
            session.getBasicRemote().sendText("{\"type\":\"answer\",\"callId\":\"" + callId + "\"}");
            try {
                desk.next("call-state", s -> "connected".equals(s.path("state").asText()), 1);
                return;
            } catch (AssertionError notYet) {
                // the phone was not ringing yet
            }
        }
        throw new AssertionError("the call never connected");
    }

    private static void setState(String agent, String state) {
        as("supervisor").contentType(ContentType.JSON).body(Map.of("state", state, "reason", "test"))
                .put("/api/agents/" + agent + "/state").then().statusCode(204);
    }

    private static DialAttempt awaitAttempt(long campaignId, Predicate<DialAttempt> condition) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<DialAttempt> attempts = QuarkusTransaction.requiringNew()
                    .call(() -> DialAttempt.<DialAttempt>list("campaignId", campaignId));
            for (DialAttempt a : attempts) {
                if (condition.test(a)) {
                    return a;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such dial attempt in campaign " + campaignId + "; there are "
                + QuarkusTransaction.requiringNew().call(() -> DialAttempt.<DialAttempt>list("campaignId", campaignId).stream()
                        .map(a -> a.phone + " " + a.allowed + " " + a.reason + " " + a.outcome + " answered " + a.answeredAt
                                + " agent " + a.agentConnectedAt + " abandoned " + a.abandoned + " | " + a.pacing)
                        .toList()));
    }

    private static Interaction awaitInteraction(String callId, Predicate<Interaction> condition) throws InterruptedException {
        return switchboard.desktop.Interactions.await(callId, condition);
    }

    private static void awaitTrue(java.util.function.Supplier<Boolean> condition, String what) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (QuarkusTransaction.requiringNew().call(condition::get)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what);
    }
}
