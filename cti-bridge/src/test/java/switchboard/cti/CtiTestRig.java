package switchboard.cti;

import java.time.Duration;
import java.util.Map;

import switchboard.pbxsim.ami.AmiServer;
import switchboard.pbxsim.pbx.SimulatedPbx;

/** A simulated PBX running the shipped dialplan, its AMI server, and a bridge connected to it. */
final class CtiTestRig implements AutoCloseable {

    final SimulatedPbx pbx = SimulatedPbx.withSwitchboardDialplan();
    final AmiServer server;
    final PbxConnection bridge;
    final EventInbox events = new EventInbox();

    CtiTestRig(String pbxId) throws Exception {
        server = new AmiServer(pbx, Map.of("switchboard", "secret")).start(0);
        bridge = new PbxConnection(new PbxConfig(pbxId, "127.0.0.1", server.port(), "switchboard", "secret",
                Duration.ofSeconds(5)), events);
        bridge.start();
    }

    @Override
    public void close() {
        bridge.close();
        server.close();
        pbx.close();
    }
}
