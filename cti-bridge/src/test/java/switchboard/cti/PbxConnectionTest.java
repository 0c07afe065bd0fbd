package switchboard.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import switchboard.pbxsim.ami.AmiMessage;
import switchboard.pbxsim.ami.AmiServer;
import switchboard.pbxsim.pbx.DeviceBehavior;
import switchboard.pbxsim.pbx.InboundCall;
import switchboard.pbxsim.pbx.SimulatedPbx;

/** The bridge through the real AMI protocol: Asterisk-Java against the simulator on loopback. */
class PbxConnectionTest {

    private CtiTestRig rig;
    private SimulatedPbx pbx;
    private AmiServer server;
    private PbxConnection bridge;

    @BeforeEach
    void start() throws Exception {
        rig = new CtiTestRig("pbx1");
        pbx = rig.pbx;
        server = rig.server;
        bridge = rig.bridge;
        next(CtiEvent.PbxConnected.class);
        assertEquals(new CtiEvent.PbxResynced("pbx1", 0, 0), next(CtiEvent.PbxResynced.class));
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aCallArrivesIsHandedToTheAcdRingsAnAgentConnectsAndEnds() throws Exception {
        pbx.device("PJSIP/1001", DeviceBehavior.answersAfter(100));
        String caller = pbx.inboundCall(new InboundCall("+14155550134", "18005550100",
                Map.of("SWB_INTENT", "billing", "SWB_CUSTOMER_ID", "42", "SWB_VERIFIED", "1")));
        CtiEvent.CallArrived arrived = next(CtiEvent.CallArrived.class);
        assertEquals("pbx1:" + caller, arrived.callId());
        assertEquals("+14155550134", arrived.ani());
        assertEquals("18005550100", arrived.dnis());
        CtiEvent.CallHandedToAcd handed = next(CtiEvent.CallHandedToAcd.class);
        assertEquals(Map.of("intent", "billing", "customerId", "42", "verified", "1", "dnis", "18005550100"),
                handed.attributes());

        assertTrue(bridge.redirectToAgent(arrived.callId(), "PJSIP/1001", 15).get(5, TimeUnit.SECONDS).success());
        assertEquals("PJSIP/1001", next(CtiEvent.AgentRinging.class).deviceInterface());
        assertEquals("PJSIP/1001", next(CtiEvent.CallConnected.class).deviceInterface());

        assertTrue(bridge.hangup(arrived.callId()).get(5, TimeUnit.SECONDS).success());
        CtiEvent.CallEnded ended = next(CtiEvent.CallEnded.class);
        assertEquals(HangupSide.CALLER, ended.side());
        assertFalse(ended.endedWhileDisconnected());
    }

    @Test
    void anAgentDeviceThatAnswersWhenToldConnectsThen() throws Exception {
        pbx.device("PJSIP/1004", DeviceBehavior.answersWhenTold());
        String callId = waitingCall("billing");
        bridge.redirectToAgent(callId, "PJSIP/1004", 30).get(5, TimeUnit.SECONDS);
        next(CtiEvent.AgentRinging.class);
        assertFalse(pbx.answerDevice("PJSIP/9999"));
        assertTrue(pbx.answerDevice("PJSIP/1004"));
        assertEquals(callId, next(CtiEvent.CallConnected.class).callId());
    }

    @Test
    void anAgentWhoTransfersToAQueueSendsTheCallerBackToTheAcd() throws Exception {
        String callId = connectedCall("PJSIP/1005");
        String agentLeg = pbx.coreShowChannels().stream().map(c -> c.get("Channel").orElseThrow())
                .filter(name -> name.startsWith("PJSIP/1005-")).findFirst().orElseThrow();
        assertTrue(pbx.setVariable(callId.substring("pbx1:".length()), "SWB_INTENT", "retention"));
        assertEquals(Optional.empty(), pbx.blindTransfer(agentLeg, "switchboard-queue", "s"));
        CtiEvent.CallTransferred transferred = next(CtiEvent.CallTransferred.class);
        assertEquals(callId, transferred.callId());
        assertEquals("switchboard-queue", transferred.context());
        CtiEvent.CallHandedToAcd again = next(CtiEvent.CallHandedToAcd.class);
        assertEquals(callId, again.callId());
        assertEquals("retention", again.attributes().get("intent"));
        bridge.hangup(callId).get(5, TimeUnit.SECONDS);
        assertEquals(callId, next(CtiEvent.CallAbandoned.class).callId());
    }

    @Test
    void whenTheAgentHangsUpTheCallEndsOnTheAgentsSide() throws Exception {
        connectedCall("PJSIP/1003");
        pbx.hangupMatching(Pattern.compile("^PJSIP/1003-"), 16);
        assertEquals(HangupSide.AGENT, next(CtiEvent.CallEnded.class).side());
    }

    @Test
    void anAgentWhoDoesNotAnswerIsReportedAndTheCallKeepsWaiting() throws Exception {
        pbx.device("PJSIP/1002", DeviceBehavior.neverAnswers());
        String callId = waitingCall("support");
        bridge.redirectToAgent(callId, "PJSIP/1002", 1).get(5, TimeUnit.SECONDS);
        next(CtiEvent.AgentRinging.class);
        CtiEvent.AgentNoAnswer rona = next(CtiEvent.AgentNoAnswer.class);
        assertEquals("NOANSWER", rona.dialStatus());
        bridge.hangup(callId).get(5, TimeUnit.SECONDS);
        assertEquals(callId, next(CtiEvent.CallAbandoned.class).callId());
    }

    @Test
    void aCallerWhoHangsUpWhileWaitingAbandoned() throws Exception {
        String caller = pbx.inboundCall(new InboundCall("+14155550134", "18005550100", Map.of("SWB_INTENT", "billing")));
        next(CtiEvent.CallHandedToAcd.class);
        pbx.hangup(caller, 16);
        CtiEvent.CallAbandoned abandoned = next(CtiEvent.CallAbandoned.class);
        assertEquals("pbx1:" + caller, abandoned.callId());
        assertFalse(abandoned.endedWhileDisconnected());
    }

    @Test
    void aSupervisorListensToAConnectedCallAndItIsRecorded() throws Exception {
        pbx.device("PJSIP/1001", DeviceBehavior.answersAfter(50));
        pbx.device("PJSIP/2001", DeviceBehavior.answersAfter(50));
        List<AmiMessage> raw = new CopyOnWriteArrayList<>();
        pbx.subscribe(raw::add);
        pbx.inboundCall(new InboundCall("+14155550134", "18005550100", Map.of("SWB_INTENT", "billing")));
        String callId = next(CtiEvent.CallArrived.class).callId();
        next(CtiEvent.CallHandedToAcd.class);
        assertFalse(bridge.spy(callId, "PJSIP/2001", SpyMode.LISTEN).get(5, TimeUnit.SECONDS).success());
        bridge.redirectToAgent(callId, "PJSIP/1001", 15).get(5, TimeUnit.SECONDS);
        next(CtiEvent.CallConnected.class);

        assertTrue(bridge.startRecording(callId, "/var/spool/asterisk/monitor/call.wav").get(5, TimeUnit.SECONDS)
                .success());
        assertTrue(bridge.spy(callId, "PJSIP/2001", SpyMode.WHISPER).get(5, TimeUnit.SECONDS).success());
        AmiMessage spyStart = await(raw, "ChanSpyStart");
        assertTrue(spyStart.get("SpyeeChannel").orElseThrow().startsWith("PJSIP/1001-"));
        assertTrue(spyStart.get("SpyerChannel").orElseThrow().startsWith("PJSIP/2001-"));

        bridge.hangup(callId).get(5, TimeUnit.SECONDS);
        next(CtiEvent.CallEnded.class);
        await(raw, "ChanSpyStop");
        await(raw, "MixMonitorStop");
    }

    @Test
    void commandsForUnknownCallsFailWithAReason() throws Exception {
        CommandResult result = bridge.redirectToAgent("pbx1:nope", "PJSIP/1001", 15).get(5, TimeUnit.SECONDS);
        assertFalse(result.success());
        assertEquals("No call pbx1:nope on this PBX", result.message());
    }

    @Test
    void afterAnOutageTheBridgeReconnectsClosesCallsThatEndedAndAdoptsCallsThatStarted() throws Exception {
        String before = pbx.inboundCall(new InboundCall("+14155550134", "18005550100", Map.of("SWB_INTENT", "billing")));
        next(CtiEvent.CallHandedToAcd.class);

        server.suspend();
        next(CtiEvent.PbxDisconnected.class);
        pbx.hangup(before, 16);
        String during = pbx.inboundCall(new InboundCall("+442079460958", "18005550100", Map.of("SWB_INTENT", "sales")));
        Thread.sleep(700);
        server.resume();

        next(CtiEvent.PbxConnected.class);
        CtiEvent.CallAbandoned closed = next(CtiEvent.CallAbandoned.class);
        assertEquals("pbx1:" + before, closed.callId());
        assertTrue(closed.endedWhileDisconnected());
        CtiEvent.CallArrived adopted = next(CtiEvent.CallArrived.class);
        assertEquals("pbx1:" + during, adopted.callId());
        assertTrue(adopted.adopted());
        assertEquals(new CtiEvent.PbxResynced("pbx1", 1, 1), next(CtiEvent.PbxResynced.class));
    }

    @Test
    void theDesktopTransfersACallToAQueueThenToAnAgentByName() throws Exception {
        String callId = connectedCall("PJSIP/1006");
        assertTrue(bridge.transfer(callId, "retention", "").get(5, TimeUnit.SECONDS).success());
        assertEquals(callId, next(CtiEvent.CallTransferred.class).callId());
        CtiEvent.CallHandedToAcd toQueue = next(CtiEvent.CallHandedToAcd.class);
        assertEquals("retention", toQueue.attributes().get("queue"));
        assertEquals("billing", toQueue.attributes().get("intent"), "what the IVR learned stays with the caller");

        pbx.device("PJSIP/1007", DeviceBehavior.answersAfter(50));
        bridge.redirectToAgent(callId, "PJSIP/1007", 15).get(5, TimeUnit.SECONDS);
        next(CtiEvent.CallConnected.class);
        assertTrue(bridge.transfer(callId, "", "1001").get(5, TimeUnit.SECONDS).success());
        next(CtiEvent.CallTransferred.class);
        CtiEvent.CallHandedToAcd toAgent = next(CtiEvent.CallHandedToAcd.class);
        assertEquals("1001", toAgent.attributes().get("targetAgent"));
        assertFalse(toAgent.attributes().containsKey("queue"), toAgent.attributes().toString());
    }

    @Test
    void theDesktopPutsTheCallerOnHoldAndBack() throws Exception {
        String callId = connectedCall("PJSIP/1008");
        assertTrue(bridge.hold(callId).get(5, TimeUnit.SECONDS).success());
        assertEquals(new CtiEvent.CallHeld("pbx1", callId, HangupSide.AGENT), next(CtiEvent.CallHeld.class));
        assertTrue(pbx.coreShowChannels().stream().anyMatch(c -> c.get("Channel").orElse("").startsWith("PJSIP/1008-")
                && "switchboard-agent-hold".equals(c.get("Context").orElse(""))), "the agent's phone stays up");
        assertTrue(bridge.unhold(callId).get(5, TimeUnit.SECONDS).success());
        assertEquals(new CtiEvent.CallUnheld("pbx1", callId, HangupSide.AGENT), next(CtiEvent.CallUnheld.class));
        bridge.hangup(callId).get(5, TimeUnit.SECONDS);
        CtiEvent.CallEnded ended = next(CtiEvent.CallEnded.class);
        assertEquals(callId, ended.callId());
    }

    @Test
    void aCallThatIsNotConnectedCannotBeTransferred() throws Exception {
        String callId = waitingCall("billing");
        CommandResult refused = bridge.transfer(callId, "retention", "").get(5, TimeUnit.SECONDS);
        assertFalse(refused.success());
        assertEquals("Call " + callId + " is not connected to an agent", refused.message());
    }

    @Test
    void manyConcurrentCallsAreEachTrackedToTheirEnd() throws Exception {
        int calls = 1_000;
        for (int i = 0; i < calls; i++) {
            pbx.inboundCall(new InboundCall("+1415555" + String.format("%04d", i), "18005550100",
                    Map.of("SWB_INTENT", "billing")));
        }
        Set<String> handed = new HashSet<>();
        while (handed.size() < calls) {
            handed.add(next(CtiEvent.CallHandedToAcd.class).callId());
        }
        pbx.hangupMatching(Pattern.compile("^PJSIP/carrier-"), 16);
        Set<String> abandoned = new HashSet<>();
        while (abandoned.size() < calls) {
            abandoned.add(next(CtiEvent.CallAbandoned.class).callId());
        }
        assertEquals(handed, abandoned);
    }

    /** A caller handed to the ACD and waiting; returns the call id. */
    private String waitingCall(String intent) throws InterruptedException {
        pbx.inboundCall(new InboundCall("+14155550134", "18005550100", Map.of("SWB_INTENT", intent)));
        String callId = next(CtiEvent.CallArrived.class).callId();
        next(CtiEvent.CallHandedToAcd.class);
        return callId;
    }

    /** A waiting caller connected to the agent at {@code device}, which answers at once. */
    private String connectedCall(String device) throws Exception {
        pbx.device(device, DeviceBehavior.answersAfter(50));
        String callId = waitingCall("billing");
        bridge.redirectToAgent(callId, device, 15).get(5, TimeUnit.SECONDS);
        assertEquals(callId, next(CtiEvent.CallConnected.class).callId());
        return callId;
    }

    private static AmiMessage await(List<AmiMessage> raw, String eventName) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (AmiMessage message : raw) {
                if (eventName.equals(message.get("Event").orElse(""))) {
                    return message;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + eventName + " within 5 s");
    }

    private <T extends CtiEvent> T next(Class<T> type) throws InterruptedException {
        return rig.events.next(type);
    }
}
