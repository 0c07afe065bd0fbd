package switchboard.desktop.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static switchboard.desktop.Api.as;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import switchboard.desktop.Interactions;
import switchboard.desktop.interaction.Interaction;
import switchboard.pbxsim.pbx.CallRecorder;
import switchboard.pbxsim.pbx.InboundCall;
import switchboard.pbxsim.pbx.SimulatedPbx;

/**
 * The application's FastAGI server running the IVR against the demo CRM, reached by the
 * simulator's calls through the shipped dialplan. Customer 1 (Leon Schneider, Berlin) calls from
 * +49 30 21062958 and holds account 20000062.
 */
@QuarkusTest
class IvrHostingTest {

    private SimulatedPbx pbx;
    private CallRecorder calls;

    @BeforeEach
    void start() {
        pbx = SimulatedPbx.withSwitchboardDialplan();
        pbx.setVariable(null, "SWB_AGI", "agi://127.0.0.1:45731");
        calls = new CallRecorder(pbx);
    }

    @AfterEach
    void stop() {
        pbx.close();
    }

    @Test
    void aKnownCustomerIsRecognisedByTheirNumberInAnyFormatAndSpeaksTheirLanguage() throws Exception {
        Map<String, String> vars = run("+493021062958", "2");
        assertEquals("1", vars.get("SWB_CUSTOMER_ID"));
        assertEquals("de", vars.get("SWB_LANGUAGE"));
        assertEquals("support", vars.get("SWB_INTENT"));
        assertEquals("ani:known>menu:support", vars.get("SWB_IVR_PATH"));
    }

    @Test
    void aPbxWithoutTheMenuPromptStillHearsTheCallerAndAdminsSeeWhatIsMissing() throws Exception {
        pbx.withoutSounds(Set.of("switchboard/main-menu"));
        Map<String, String> vars = run("+493021062958", "2");
        assertEquals("support", vars.get("SWB_INTENT"));
        assertEquals("ani:known>menu:support", vars.get("SWB_IVR_PATH"));
        as("admin").get("/api/admin/ivr/missing-prompts").then().statusCode(200)
                .body("find { it.prompt == 'switchboard/main-menu' }.times", greaterThanOrEqualTo(1));
        as("supervisor").get("/api/admin/ivr/missing-prompts").then().statusCode(403);
    }

    @Test
    void anUnknownCallerIdentifiesByAccountAndVerifiesWithItsLastFourDigits() throws Exception {
        Map<String, String> vars = run("+19995550100", "1", "1", "20000062", "0062");
        assertEquals("1", vars.get("SWB_CUSTOMER_ID"));
        assertEquals("1", vars.get("SWB_VERIFIED"));
        assertEquals("billing", vars.get("SWB_INTENT"));
    }

    @Test
    void aVerifiedCustomerHearsTheirBalanceAndTheCallIsContainedAndCountedInTheReports() throws Exception {
        int before = containedThisInterval();
        String caller = pbx.inboundCall(InboundCall.throughIvr("+493021062958", "18005550100", List.of("5", "0062")));
        CallRecorder.IvrOutcome outcome = calls.awaitIvrEnd(caller, Duration.ofSeconds(10));
        assertEquals(false, outcome.handedToAcd());
        assertEquals("1", outcome.variables().get("SWB_CONTAINED"));
        Interaction contained = Interactions.await("ivr:" + caller, i -> true);
        assertEquals(Interaction.Outcome.CONTAINED_IN_IVR, contained.outcome);
        assertEquals(1L, contained.customerId);
        assertEquals("ani:known>menu:balance>verify:ok>balance:read", contained.ivrPath);
        assertEquals(before + 1, containedThisInterval());
    }

    /** Calls contained in the IVR in the 15 minutes now, as the interval report tells. */
    private static int containedThisInterval() {
        List<Integer> contained = as("supervisor").get("/api/reports/intervals").then().statusCode(200).extract()
                .path("intervals.containedInIvr");
        return contained.get(contained.size() - 1);
    }

    private Map<String, String> run(String ani, String... keys) throws Exception {
        String caller = pbx.inboundCall(InboundCall.throughIvr(ani, "18005550100", List.of(keys)));
        CallRecorder.IvrOutcome outcome = calls.awaitIvrEnd(caller, Duration.ofSeconds(10));
        Map<String, String> vars = new HashMap<>(outcome.variables());
        vars.put("how", outcome.handedToAcd() ? "handed to ACD" : "ended in IVR");
        return vars;
    }
}
