package switchboard.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import switchboard.pbxsim.ami.AmiServer;
import switchboard.pbxsim.pbx.DeviceBehavior;
import switchboard.pbxsim.pbx.InboundCall;
import switchboard.pbxsim.pbx.SimulatedPbx;

/** Two PBXs behind one bridge: call ids name their PBX and commands go to the right one. */
class CtiBridgeTest {

    private final Map<String, SimulatedPbx> pbxs = new HashMap<>();
    private final Map<String, AmiServer> servers = new HashMap<>();
    private CtiBridge bridge;
    private final EventInbox events = new EventInbox();

    @BeforeEach
    void start() throws Exception {
        for (String id : List.of("east", "west")) {
            SimulatedPbx pbx = SimulatedPbx.withSwitchboardDialplan();
            pbx.defaultDevice(DeviceBehavior.answersAfter(50));
            pbxs.put(id, pbx);
            servers.put(id, new AmiServer(pbx, Map.of("switchboard", "secret")).start(0));
        }
        bridge = new CtiBridge(List.of(config("east"), config("west")), events);
        bridge.start();
        next(CtiEvent.PbxResynced.class);
        next(CtiEvent.PbxResynced.class);
    }

    private PbxConfig config(String id) {
        return new PbxConfig(id, "127.0.0.1", servers.get(id).port(), "switchboard", "secret", Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        bridge.close();
        servers.values().forEach(AmiServer::close);
        pbxs.values().forEach(SimulatedPbx::close);
    }

    @Test
    void callsOnEachPbxAreTrackedAndControlledSeparately() throws Exception {
        pbxs.get("east").inboundCall(new InboundCall("+14155550134", "18005550100", Map.of("SWB_INTENT", "billing")));
        String east = next(CtiEvent.CallArrived.class).callId();
        pbxs.get("west").inboundCall(new InboundCall("+12065550199", "18005550100", Map.of("SWB_INTENT", "sales")));
        String west = next(CtiEvent.CallArrived.class).callId();
        assertTrue(east.startsWith("east:") && west.startsWith("west:"), east + " " + west);

        assertTrue(bridge.redirectToAgent(west, "PJSIP/1001", 15).get(5, TimeUnit.SECONDS).success());
        CtiEvent.CallConnected connected = next(CtiEvent.CallConnected.class);
        assertEquals(west, connected.callId());
        assertEquals("west", connected.pbxId());

        String westCaller = west.substring("west:".length());
        assertTrue(pbxs.get("west").hold(westCaller));
        CtiEvent.CallHeld held = next(CtiEvent.CallHeld.class);
        assertEquals(west, held.callId());
        assertEquals(HangupSide.CALLER, held.by());
        pbxs.get("west").unhold(westCaller);
        assertEquals(west, next(CtiEvent.CallUnheld.class).callId());
        bridge.hangup(east).get(5, TimeUnit.SECONDS);
        assertEquals(east, next(CtiEvent.CallAbandoned.class).callId());
    }

    private <T extends CtiEvent> T next(Class<T> type) throws InterruptedException {
        return events.next(type);
    }
}
