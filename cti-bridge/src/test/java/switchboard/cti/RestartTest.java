package switchboard.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import switchboard.pbxsim.pbx.DeviceBehavior;
import switchboard.pbxsim.pbx.InboundCall;

/**
 * Switchboard starting while a caller waits on hold (it was restarted, or it started after the
 * caller came in): the waiting caller is adopted with what the IVR learned and routed.
 */
class RestartTest {

    private CtiTestRig rig;
    private PbxConnection restarted;

    @BeforeEach
    void start() throws Exception {
        rig = new CtiTestRig("pbx1");
        rig.events.next(CtiEvent.PbxResynced.class);
        rig.pbx.device("PJSIP/1001", DeviceBehavior.answersAfter(50));
    }

    @AfterEach
    void stop() {
        if (restarted != null) {
            restarted.close();
        }
        rig.close();
    }

    @Test
    void aCallerWaitingWhenSwitchboardStartsIsHandedToTheAcdWithWhatTheIvrLearned() throws Exception {
        String caller = rig.pbx.inboundCall(new InboundCall("+14155550134", "18005550100",
                Map.of("SWB_INTENT", "billing", "SWB_CUSTOMER_ID", "42", "SWB_IVR_PATH", "ani:known>menu:billing")));
        String callId = "pbx1:" + caller;
        assertEquals(callId, rig.events.next(CtiEvent.CallHandedToAcd.class).callId());
        rig.bridge.close();

        EventInbox events = new EventInbox();
        restarted = new PbxConnection(new PbxConfig("pbx1", "127.0.0.1", rig.server.port(), "switchboard", "secret",
                Duration.ofSeconds(5)), events);
        restarted.start();
        CtiEvent.CallArrived adopted = events.next(CtiEvent.CallArrived.class);
        assertEquals(callId, adopted.callId());
        assertTrue(adopted.adopted());
        CtiEvent.CallHandedToAcd handed = events.next(CtiEvent.CallHandedToAcd.class);
        assertEquals(callId, handed.callId());
        assertEquals("billing", handed.attributes().get("intent"));
        assertEquals("42", handed.attributes().get("customerId"));
        assertEquals("ani:known>menu:billing", handed.attributes().get("ivrPath"));

        assertTrue(restarted.redirectToAgent(callId, "PJSIP/1001", 15).get(5, TimeUnit.SECONDS).success());
        assertEquals(callId, events.next(CtiEvent.CallConnected.class).callId());
        assertEquals(1, events.count(CtiEvent.CallArrived.class));
    }
}
