package switchboard.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import switchboard.pbxsim.pbx.CustomerMix;
import switchboard.pbxsim.pbx.DeviceBehavior;
import switchboard.pbxsim.pbx.InboundCall;

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
                10_000).get(5, TimeUnit.SECONDS).callId();
        CtiEvent.OriginateResult result = rig.events.next(CtiEvent.OriginateResult.class);
        assertEquals(callId, result.callId());
        assertEquals(expected, result.outcome());
    }

    @Test
    void anAnsweredCustomerIsConnectedToAnAgentAndTheirHangUpEndsTheCallOnTheCallersSide() throws Exception {
        rig.pbx.customers(new CustomerMix(1, 0, 0, 100, 7));
        rig.pbx.device("PJSIP/1001", DeviceBehavior.answersAfter(50));
        String callId = rig.bridge.originate("Local/+14155550134@switchboard-outbound", "switchboard-hold", "s",
                "+18005550100", Map.of("SWB_CALLER_ID", "+18005550100", "SWB_RING_TIMEOUT", "10"), 10_000)
                .get(5, TimeUnit.SECONDS).callId();
        assertEquals(OriginateOutcome.ANSWERED, rig.events.next(CtiEvent.OriginateResult.class).outcome());
        assertTrue(rig.bridge.redirectToAgent(callId, "PJSIP/1001", 15).get(5, TimeUnit.SECONDS).success());
        assertEquals(callId, rig.events.next(CtiEvent.CallConnected.class).callId());

        rig.pbx.hangupMatching(Pattern.compile("^PJSIP/\\+14155550134@carrier-"), 16);
        CtiEvent.CallEnded ended = rig.events.next(CtiEvent.CallEnded.class);
        assertEquals(callId, ended.callId());
        assertEquals(HangupSide.CALLER, ended.side());
        for (int i = 0; i < 50 && !rig.pbx.coreShowChannels().isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertTrue(rig.pbx.coreShowChannels().isEmpty(), "channels left: " + rig.pbx.coreShowChannels().size());
    }

    @Test
    void aCustomerWhoDoesNotAnswerIsReportedOnceAndNeverAsAnAbandon() throws Exception {
        rig.pbx.customers(new CustomerMix(0, 1, 0, 100, 7));
        String callId = rig.bridge.originate("Local/+14155550134@switchboard-outbound", "switchboard-hold", "s",
                "+18005550100", Map.of("SWB_CALLER_ID", "+18005550100", "SWB_RING_TIMEOUT", "10"), 10_000)
                .get(5, TimeUnit.SECONDS).callId();
        assertEquals(OriginateOutcome.BUSY, rig.events.next(CtiEvent.OriginateResult.class).outcome());
        // Events keep their order: an abandon wrongly reported for the busy call would come first.
        String inbound = rig.pbx.inboundCall(new InboundCall("+12065550100", "18005550100",
                Map.of("SWB_INTENT", "billing")));
        rig.events.next(CtiEvent.CallHandedToAcd.class);
        rig.pbx.hangup(inbound, 16);
        CtiEvent.CallAbandoned abandoned = rig.events.next(CtiEvent.CallAbandoned.class);
        assertEquals("pbx1:" + inbound, abandoned.callId());
        assertTrue(!abandoned.callId().equals(callId));
    }
}
