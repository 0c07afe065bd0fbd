package switchboard.desktop.record;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import switchboard.desktop.Api;
import switchboard.desktop.agent.AgentStateChange;
import switchboard.desktop.callcenter.LiveCall;
import switchboard.desktop.callcenter.LiveViews;
import switchboard.desktop.callcenter.SimulatedTelephony;
import switchboard.desktop.interaction.Interaction;
import switchboard.desktop.threads.NeverWaitingGuard;
import switchboard.pbxsim.pbx.InboundCall;

/**
 * The database is cut off for 30 seconds while callers keep calling: every call is routed to an
 * agent and answered all the same, and once the database is back it holds exactly one
 * interaction per call and every agent state change of the cut, with the times they happened.
 */
@QuarkusTest
@TestProfile(DatabaseBehindProxy.class)
class DatabaseOutageTest {

    private static final Duration CUT = Duration.ofSeconds(30);

    @Inject
    SimulatedTelephony telephony;
    @Inject
    LiveViews live;
    @Inject
    Recorder recorder;
    @Inject
    NeverWaitingGuard guard;

    @Test
    void callsDuringACutAreAnsweredAndRecordedOnceWhenTheDatabaseIsBack() throws Exception {
        String supervisorToken = Api.token("supervisor");
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(talk(i));
        }

        DatabaseBehindProxy.proxy.cut();
        Instant cutAt = Instant.now();
        List<String> during = new ArrayList<>();
        boolean checkedWhileCut = false;
        while (Duration.between(cutAt, Instant.now()).compareTo(CUT) < 0) {
            during.add(talk(100 + during.size()));
            if (!checkedWhileCut && during.size() >= 5) {
                degradedButServing(supervisorToken);
                checkedWhileCut = true;
            }
        }
        DatabaseBehindProxy.proxy.restore();
        Instant restoredAt = Instant.now();
        assertTrue(during.size() >= 15, "only " + during.size() + " calls were answered during the cut");

        List<String> after = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            after.add(talk(200 + i));
        }
        awaitAllWritten();

        for (String callId : concat(before, during, after)) {
            Interaction interaction = onlyInteraction(callId);
            assertEquals(Interaction.Outcome.ANSWERED, interaction.outcome, callId);
            assertNotNull(interaction.agentId, callId);
            assertEquals(1, agentStates(interaction.agentId, "ON_CALL", callId), "ON_CALL rows of " + callId);
            assertEquals(1, agentStates(interaction.agentId, "WRAP_UP", callId), "WRAP_UP rows of " + callId);
        }
        for (String callId : during) {
            Interaction interaction = onlyInteraction(callId);
            assertTrue(!interaction.answeredAt.isBefore(cutAt) && interaction.answeredAt.isBefore(restoredAt),
                    callId + " was answered at " + interaction.answeredAt + ", not during the cut");
        }
        assertEquals(0, duplicateStateRows(), "agent state changes written twice");
        assertEquals(0.0, guard.caught(), "the routing loop asked for a database connection");
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'records' }.data.status", equalTo("ok"));
    }

    /** While cut: health is degraded, not down; tokens work; a login says the database is away. */
    private void degradedButServing(String supervisorToken) {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'records' }.data.status", equalTo("degraded"));
        assertTrue(recorder.waiting() > 0, "no fact waits in the journal during the cut");
        given().auth().oauth2(supervisorToken).get("/api/calls").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "demo"))
                .post("/api/auth/login").then().statusCode(503).contentType(Api.PROBLEM_JSON)
                .body("detail", containsString("database cannot be reached"));
    }

    /** A caller talks to an agent for a moment and hangs up; their call id. */
    private String talk(int n) throws Exception {
        String channel = telephony.pbx().inboundCall(new InboundCall("+1206555" + String.format("%04d", n),
                "18005550100", Map.of("SWB_INTENT", n % 2 == 0 ? "billing" : "support", "SWB_CUSTOMER_ID",
                        String.valueOf(1 + n % 50), "SWB_IVR_PATH", "ani:known>menu:billing")));
        String callId = "sim:" + channel;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!connected(callId)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("call " + n + " (" + callId + ") was never connected to an agent");
            }
            Thread.sleep(50);
        }
        telephony.pbx().hangup(channel, 16);
        return callId;
    }

    private boolean connected(String callId) throws Exception {
        return live.liveCalls().get(5, TimeUnit.SECONDS).stream()
                .anyMatch(c -> c.callId().equals(callId) && c.state() == LiveCall.State.CONNECTED);
    }

    private void awaitAllWritten() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // The last calls' wrap-ups end a few seconds after their hang-up.
        Thread.sleep(10_000);
        while (recorder.waiting() > 0 || !recorder.databaseReachable()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(recorder.waiting() + " facts still wait in the journal");
            }
            Thread.sleep(100);
        }
    }

    private static Interaction onlyInteraction(String callId) {
        List<Interaction> found = QuarkusTransaction.requiringNew()
                .call(() -> Interaction.<Interaction>list("callId", callId));
        assertEquals(1, found.size(), "interactions of " + callId);
        return found.get(0);
    }

    private static long agentStates(long agentId, String state, String callId) {
        return QuarkusTransaction.requiringNew().call(() -> AgentStateChange.count(
                "agentId = ?1 and state = ?2 and callId = ?3", agentId, state, callId));
    }

    private static long duplicateStateRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) AgentStateChange.getEntityManager()
                .createNativeQuery("select count(*) - count(distinct (agent_id, state, coalesce(reason, ''), "
                        + "coalesce(call_id, ''), changed_at)) from agent_state_change")
                .getSingleResult()).longValue());
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
