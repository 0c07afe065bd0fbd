package switchboard.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import switchboard.pbxsim.ami.AmiServer;
import switchboard.pbxsim.pbx.CustomerMix;
import switchboard.pbxsim.pbx.SimulatedPbx;

/** Outbound calls through the shipped dialplan: each way a called customer can respond. */
class OutboundTest {

    private SimulatedPbx pbx;
    private AmiServer server;
    private PbxConnection bridge;
    private final BlockingQueue<CtiEvent> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        pbx = SimulatedPbx.withSwitchboardDialplan();
        server = new AmiServer(pbx, Map.of("switchboard", "secret")).start(0);
        bridge = new PbxConnection(new PbxConfig("pbx1", "127.0.0.1", server.port(), "switchboard", "secret",
                Duration.ofSeconds(5)), events::add);
        bridge.start();
        next(CtiEvent.PbxResynced.class);
    }

    @AfterEach
    void stop() {
        bridge.close();
        server.close();
        pbx.close();
    }

    @ParameterizedTest
    @CsvSource({ "1, 0, 0, ANSWERED", "0, 1, 0, BUSY", "0, 0, 1, MACHINE", "0, 0, 0, NO_ANSWER" })
    void theOriginateResultSaysHowTheCustomerResponded(double answer, double busy, double machine,
            OriginateOutcome expected) throws Exception {
        pbx.customers(new CustomerMix(answer, busy, machine, 100, 7));
        String callId = bridge.originate("Local/+14155550134@switchboard-outbound", "switchboard-hold", "s",
                "\"Acme Retention\" <+18005550100>", Map.of("SWB_CALLER_ID", "+18005550100", "SWB_RING_TIMEOUT", "1"),
                10_000).get(5, TimeUnit.SECONDS);
        CtiEvent.OriginateResult result = next(CtiEvent.OriginateResult.class);
        assertEquals(callId, result.callId());
        assertEquals(expected, result.outcome());
    }

    private <T extends CtiEvent> T next(Class<T> type) throws InterruptedException {
        CtiEvent event;
        while ((event = events.poll(15, TimeUnit.SECONDS)) != null) {
            if (type.isInstance(event)) {
                return type.cast(event);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within 15 s");
    }
}
