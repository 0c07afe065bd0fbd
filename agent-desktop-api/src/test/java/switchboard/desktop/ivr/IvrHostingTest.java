package switchboard.desktop.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import switchboard.pbxsim.ami.AmiMessage;
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
    private final List<AmiMessage> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        pbx = SimulatedPbx.withSwitchboardDialplan();
        pbx.setVariable(null, "SWB_AGI", "agi://127.0.0.1:45731");
        pbx.subscribe(events::add);
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
    void anUnknownCallerIdentifiesByAccountAndVerifiesWithItsLastFourDigits() throws Exception {
        Map<String, String> vars = run("+19995550100", "1", "1", "20000062", "0062");
        assertEquals("1", vars.get("SWB_CUSTOMER_ID"));
        assertEquals("1", vars.get("SWB_VERIFIED"));
        assertEquals("billing", vars.get("SWB_INTENT"));
    }

    @Test
    void aVerifiedCustomerHearsTheirBalanceAndTheCallIsContained() throws Exception {
        Map<String, String> vars = run("+493021062958", "5", "0062");
        assertEquals("ended in IVR", vars.get("how"));
        assertEquals("1", vars.get("SWB_CONTAINED"));
    }

    private Map<String, String> run(String ani, String... keys) throws Exception {
        String caller = pbx.inboundCall(InboundCall.throughIvr(ani, "18005550100", List.of(keys)));
        for (int i = 0; i < 400; i++) {
            for (AmiMessage event : events) {
                String name = event.get("Event").orElse("");
                if (caller.equals(event.get("Uniqueid").orElse("")) && (name.equals("UserEvent") || name.equals("Hangup"))) {
                    Map<String, String> vars = new ConcurrentHashMap<>();
                    vars.put("how", name.equals("UserEvent") ? "handed to ACD" : "ended in IVR");
                    events.stream().filter(e -> caller.equals(e.get("Uniqueid").orElse(""))
                            && "VarSet".equals(e.get("Event").orElse("")))
                            .forEach(e -> vars.put(e.get("Variable").orElseThrow(), e.get("Value").orElse("")));
                    return vars;
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the call neither reached the ACD nor ended");
    }
}
