package switchboard.desktop.callcenter;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import switchboard.cti.PbxConfig;
import switchboard.desktop.customer.CustomerPhone;
import switchboard.pbxsim.ami.AmiServer;
import switchboard.pbxsim.pbx.DeviceBehavior;
import switchboard.pbxsim.pbx.SimulatedPbx;
import switchboard.pbxsim.traffic.TrafficGenerator;
import switchboard.pbxsim.traffic.TrafficProfile;

/**
 * The embedded default's PBX: the simulator on loopback running the shipped dialplan, its IVR
 * step pointed at this application's FastAGI server, agents' phones that answer, and callers.
 */
@ApplicationScoped
public class SimulatedTelephony {

    private static final Logger LOG = Logger.getLogger(SimulatedTelephony.class);
    private static final String USER = "switchboard";
    private static final String SECRET = "simulator";

    private final CallCenterConfig config;
    private final int ivrPort;
    private SimulatedPbx pbx;
    private AmiServer server;
    private TrafficGenerator traffic;

    SimulatedTelephony(CallCenterConfig config, @ConfigProperty(name = "swb.ivr.port") int ivrPort) {
        this.config = config;
        this.ivrPort = ivrPort;
    }

    /** Starts the simulated PBX; returns how the bridge reaches it. */
    PbxConfig start() {
        pbx = SimulatedPbx.withSwitchboardDialplan();
        pbx.setVariable(null, "SWB_AGI", "agi://127.0.0.1:" + ivrPort);
        pbx.defaultDevice(DeviceBehavior.answersAfter(config.simulator().agentAnswersAfter().toMillis()));
        try {
            server = new AmiServer(pbx, Map.of(USER, SECRET)).start(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted starting the simulated PBX", e);
        }
        LOG.infof("Simulated PBX: AMI on 127.0.0.1:%d, IVR on FastAGI port %d", server.port(), ivrPort);
        return new PbxConfig("sim", "127.0.0.1", server.port(), USER, SECRET, Duration.ofSeconds(10));
    }

    /** Starts simulated callers, a share of them known customers. */
    void startTraffic() {
        CallCenterConfig.Traffic settings = config.simulator().traffic();
        if (!settings.enabled()) {
            return;
        }
        traffic = new TrafficGenerator(pbx, new TrafficProfile(settings.callsPerMinute(), knownNumbers(),
                settings.knownShare(), Map.of("billing", 3.0, "support", 3.0, "sales", 1.0, "retention", 1.0),
                Map.of("en", 6.0, "es", 2.0, "de", 1.0, "fr", 1.0), "18005550100", settings.meanPatienceSeconds(),
                settings.meanTalkSeconds(), 20260101));
        traffic.start();
        LOG.infof("Simulated callers: %.1f calls a minute", settings.callsPerMinute());
    }

    /** A person works at this phone: it rings until they answer (or the ring timeout). */
    void personAt(String deviceInterface) {
        pbx.device(deviceInterface, DeviceBehavior.answersWhenTold());
    }

    /** A simulated agent works at this phone again: it answers by itself. */
    void robotAt(String deviceInterface) {
        pbx.device(deviceInterface, DeviceBehavior.answersAfter(config.simulator().agentAnswersAfter().toMillis()));
    }

    /** The simulated PBX's AMI server, for tests that take the PBX away from the bridge and back. */
    public AmiServer ami() {
        return server;
    }

    /** The simulated PBX, for tests and demos that place calls by hand. */
    public SimulatedPbx pbx() {
        return pbx;
    }

    void stop() {
        if (traffic != null) {
            traffic.close();
        }
        if (server != null) {
            server.close();
        }
        if (pbx != null) {
            pbx.close();
        }
    }

    private static List<String> knownNumbers() {
        return QuarkusTransaction.requiringNew().call(() -> CustomerPhone.<CustomerPhone>findAll().page(0, 500).list()
                .stream().map(p -> p.e164).toList());
    }
}
