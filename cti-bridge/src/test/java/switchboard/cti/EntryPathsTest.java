package switchboard.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import switchboard.pbxsim.pbx.Dialplan;
import switchboard.pbxsim.pbx.DeviceBehavior;
import switchboard.pbxsim.pbx.InboundCall;

/**
 * Every way a call reaches Switchboard's dialplan on a real Asterisk is one call, routed and
 * answered: a trunk whose context is Switchboard's, a Goto from the administrator's own context,
 * and a Local channel dialled into it (as in the Asterisk 22 entry-pattern capture).
 */
class EntryPathsTest {

    private CtiTestRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new CtiTestRig("pbx1");
        rig.events.next(CtiEvent.PbxResynced.class);
        rig.pbx.extension("acceptance-trunk", "_X.", Dialplan.step("Goto", "switchboard-inbound,${EXTEN:1},1"));
        rig.pbx.extension("front-end", "_X.", Dialplan.step("Dial", "Local/${EXTEN:1}@switchboard-inbound/n"));
        rig.pbx.extension("own-ivr", "_X.", Dialplan.step("Set", "SWB_INTENT=billing"),
                Dialplan.step("Goto", "switchboard-queue,s,1"));
        rig.pbx.device("PJSIP/1001", DeviceBehavior.answersAfter(50));
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aCallSentByGotoFromTheAdministratorsContextIsOneCallRoutedAndAnswered() throws Exception {
        String trunk = rig.pbx.inboundCall(new InboundCall("+13035154202", "85550100",
                Map.of("SWB_INTENT", "billing", "SWB_CUSTOMER_ID", "42")), "acceptance-trunk");
        routedAndAnswered("pbx1:" + trunk, "+13035154202");
    }

    @Test
    void aCallHandedInThroughALocalChannelIsOneCallUnderTheTrunksId() throws Exception {
        String trunk = rig.pbx.inboundCall(new InboundCall("+13035154203", "95550100",
                Map.of("SWB_INTENT", "billing", "SWB_CUSTOMER_ID", "42")), "front-end");
        routedAndAnswered("pbx1:" + trunk, "+13035154203");
    }

    @Test
    void aCallSentByGotoStraightToTheQueueIsOneCallRoutedAndAnswered() throws Exception {
        String trunk = rig.pbx.inboundCall(new InboundCall("+13035154204", "75550100", Map.of()), "own-ivr");
        routedAndAnswered("pbx1:" + trunk, "+13035154204");
    }

    private void routedAndAnswered(String callId, String ani) throws Exception {
        CtiEvent.CallArrived arrived = rig.events.next(CtiEvent.CallArrived.class);
        assertEquals(callId, arrived.callId());
        assertEquals(ani, arrived.ani());
        CtiEvent.CallHandedToAcd handed = rig.events.next(CtiEvent.CallHandedToAcd.class);
        assertEquals(callId, handed.callId());
        assertEquals("billing", handed.attributes().get("intent"));
        assertTrue(rig.bridge.redirectToAgent(callId, "PJSIP/1001", 15).get(5, TimeUnit.SECONDS).success());
        CtiEvent.CallConnected connected = rig.events.next(CtiEvent.CallConnected.class);
        assertEquals(callId, connected.callId());

        rig.pbx.hangupMatching(java.util.regex.Pattern.compile("^PJSIP/carrier-"), 16);
        CtiEvent.CallEnded ended = rig.events.next(CtiEvent.CallEnded.class);
        assertEquals(callId, ended.callId());
        assertEquals(1, rig.events.count(CtiEvent.CallArrived.class), "calls started for one caller");
    }
}
