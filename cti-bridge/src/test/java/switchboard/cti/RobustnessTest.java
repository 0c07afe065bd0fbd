package switchboard.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import switchboard.pbxsim.ami.AmiServer;
import switchboard.pbxsim.pbx.InboundCall;
import switchboard.pbxsim.pbx.SimulatedPbx;

/** What the PBX sends that it should not, and a listener that is slow: the bridge carries on. */
class RobustnessTest {

    @Test
    void malformedAndUnknownInputIsSurvived() throws Exception {
        try (CtiTestRig rig = new CtiTestRig("pbx1")) {
            rig.events.next(CtiEvent.PbxResynced.class);
            rig.server.sendRaw("Event: SomethingAsterisk23Invented\r\nFoo: bar\r\n\r\n"
                    + "this line has no colon\r\nnor this\r\n\r\n"
                    + "Event: Newchannel\r\nChannel: half\r\nChannelState: not-a-number\r\n\r\n"
                    + "Event: Hangup\r\nUniqueid: nobody-knows-me\r\nCause: 16\r\n\r\n"
                    + "Response: Success\r\nActionID: 12345_99#stray\r\n\r\n"
                    + "Event: UserEvent\r\nUserEvent: SwitchboardRouteRequest\r\nUniqueid: unknown.1\r\n\r\n");
            String caller = rig.pbx.inboundCall(new InboundCall("+14155550134", "18005550100",
                    Map.of("SWB_INTENT", "billing")));
            assertEquals("pbx1:" + caller, rig.events.next(CtiEvent.CallHandedToAcd.class).callId());
            assertTrue(rig.bridge.isConnected());
        }
    }

    @Test
    void aSlowListenerDoesNotStallEventIntakeOrCommands() throws Exception {
        int calls = 200;
        AtomicInteger handedOver = new AtomicInteger();
        EventInbox inbox = new EventInbox();
        try (SimulatedPbx pbx = SimulatedPbx.withSwitchboardDialplan();
                AmiServer server = new AmiServer(pbx, Map.of("switchboard", "secret")).start(0);
                PbxConnection bridge = new PbxConnection(new PbxConfig("pbx1", "127.0.0.1", server.port(),
                        "switchboard", "secret", Duration.ofSeconds(5)), event -> {
                            inbox.onEvent(event);
                            if (event instanceof CtiEvent.CallHandedToAcd) {
                                handedOver.incrementAndGet();
                                sleep(20);
                            }
                        })) {
            bridge.start();
            inbox.next(CtiEvent.PbxResynced.class);
            String last = null;
            for (int i = 0; i < calls; i++) {
                last = pbx.inboundCall(new InboundCall(String.format("+1415555%04d", i), "18005550100",
                        Map.of("SWB_INTENT", "billing")));
            }
            // The listener needs about 4 s for the hand-overs; meanwhile the connection answers at once.
            Thread.sleep(1_000);
            assertTrue(handedOver.get() < calls, "the listener was not slow enough to prove anything");
            long start = System.nanoTime();
            assertTrue(bridge.setVariable("pbx1:nope", "X", "1").get(2, TimeUnit.SECONDS) != null);
            assertTrue(pbx.setVariable(last, "SWB_PROBE", "1"));
            assertTrue(bridge.isConnected());
            assertTrue(System.nanoTime() - start < 2_000_000_000L);
            Set<String> seen = new HashSet<>();
            while (seen.size() < calls) {
                seen.add(inbox.next(CtiEvent.CallHandedToAcd.class).callId());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
