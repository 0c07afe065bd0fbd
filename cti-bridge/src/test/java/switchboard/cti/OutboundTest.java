package switchboard.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import switchboard.pbxsim.pbx.CustomerMix;

/** Outbound calls through the shipped dialplan: each way a called customer can respond. */
class OutboundTest {

    private CtiTestRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new CtiTestRig("pbx1");
        rig.events.next(CtiEvent.PbxResynced.class);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @ParameterizedTest
    @CsvSource({ "1, 0, 0, ANSWERED", "0, 1, 0, BUSY", "0, 0, 1, MACHINE", "0, 0, 0, NO_ANSWER" })
    void theOriginateResultSaysHowTheCustomerResponded(double answer, double busy, double machine,
            OriginateOutcome expected) throws Exception {
        rig.pbx.customers(new CustomerMix(answer, busy, machine, 100, 7));
        String callId = rig.bridge.originate("Local/+14155550134@switchboard-outbound", "switchboard-hold", "s",
                "\"Acme Retention\" <+18005550100>", Map.of("SWB_CALLER_ID", "+18005550100", "SWB_RING_TIMEOUT", "1"),
                10_000).get(5, TimeUnit.SECONDS);
        CtiEvent.OriginateResult result = rig.events.next(CtiEvent.OriginateResult.class);
        assertEquals(callId, result.callId());
        assertEquals(expected, result.outcome());
    }
}
