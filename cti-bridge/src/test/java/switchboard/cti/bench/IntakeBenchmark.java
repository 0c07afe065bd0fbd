package switchboard.cti.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;

import switchboard.cti.CtiEvent;
import switchboard.cti.PbxConfig;
import switchboard.cti.PbxConnection;
import switchboard.cti.event.SwitchboardAgentNoAnswerEvent;
import switchboard.cti.event.SwitchboardRouteRequestEvent;
import switchboard.pbxsim.ami.AmiMessage;
import switchboard.pbxsim.ami.AmiServer;
import switchboard.pbxsim.pbx.InboundCall;
import switchboard.pbxsim.pbx.SimulatedPbx;

/**
 * AMI event intake: the events of {@value #CALLS} inbound calls (arrive, IVR, hand-off, hold,
 * hang up), recorded once, replayed as fast as the socket takes them, through (a) Asterisk-Java
 * with a listener that only counts (the ceiling) and (b) the CTI bridge into normalised events.
 * Prints events per second, median of {@value #RUNS} runs each after {@value #WARMUP_RUNS} warm-up runs.
 *
 * <pre>./mvnw -q -pl cti-bridge -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp cti-bridge/target/test-classes:cti-bridge/target/classes:$(cat cti-bridge/target/cp.txt) switchboard.cti.bench.IntakeBenchmark</pre>
 */
public final class IntakeBenchmark {

    static final int CALLS = 2_000;
    static final int RUNS = 5;
    static final int WARMUP_RUNS = 2;

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<AmiMessage> stream = record();
        System.out.printf(Locale.ROOT, "stream: %d AMI events from %d calls%n", stream.size(), CALLS);
        for (int run = 0; run < WARMUP_RUNS; run++) {
            rawRate(stream);
            bridgeRate(stream);
        }
        double[] raw = new double[RUNS];
        double[] bridge = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            raw[run] = rawRate(stream);
            bridge[run] = bridgeRate(stream);
            System.out.printf(Locale.ROOT, "run %d: Asterisk-Java alone %,.0f events/s, bridge %,.0f events/s%n", run + 1,
                    raw[run], bridge[run]);
        }
        double rawMedian = median(raw);
        double bridgeMedian = median(bridge);
        System.out.printf(Locale.ROOT, "median: Asterisk-Java alone %,.0f events/s, bridge %,.0f events/s (%.0f %%)%n",
                rawMedian, bridgeMedian, 100 * bridgeMedian / rawMedian);
    }

    /** The events the simulator produces for CALLS callers who arrive, wait, and hang up. */
    private static List<AmiMessage> record() throws Exception {
        List<AmiMessage> events = new ArrayList<>();
        try (SimulatedPbx pbx = SimulatedPbx.withSwitchboardDialplan()) {
            pbx.subscribe(events::add);
            List<String> callers = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                callers.add(pbx.inboundCall(new InboundCall(String.format("+1415555%04d", i), "18005550100",
                        Map.of("SWB_INTENT", "billing", "SWB_CUSTOMER_ID", String.valueOf(i)))));
            }
            Thread.sleep(2_000);
            callers.forEach(c -> pbx.hangup(c, 16));
            Thread.sleep(500);
            synchronized (events) {
                return List.copyOf(events);
            }
        }
    }

    private static double rawRate(List<AmiMessage> stream) throws Exception {
        try (SimulatedPbx pbx = SimulatedPbx.withSwitchboardDialplan();
                AmiServer server = new AmiServer(pbx, Map.of("bench", "bench")).start(0)) {
            ManagerConnection connection = new ManagerConnectionFactory("127.0.0.1", server.port(), "bench", "bench")
                    .createManagerConnection();
            connection.registerUserEventClass(SwitchboardRouteRequestEvent.class);
            connection.registerUserEventClass(SwitchboardAgentNoAnswerEvent.class);
            AtomicLong seen = new AtomicLong();
            CountDownLatch done = new CountDownLatch(1);
            long expected = stream.stream().filter(e -> !e.get("Event").orElse("").equals("FullyBooted")).count();
            connection.addEventListener(event -> {
                if (seen.incrementAndGet() >= expected) {
                    done.countDown();
                }
            });
            connection.login();
            seen.set(0);
            long start = System.nanoTime();
            pbx.replay(stream);
            if (!done.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("only " + seen.get() + " of " + expected + " events arrived");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            connection.logoff();
            return stream.size() / seconds;
        }
    }

    private static double bridgeRate(List<AmiMessage> stream) throws Exception {
        try (SimulatedPbx pbx = SimulatedPbx.withSwitchboardDialplan();
                AmiServer server = new AmiServer(pbx, Map.of("bench", "bench")).start(0)) {
            CountDownLatch connected = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(CALLS);
            AtomicLong normalised = new AtomicLong();
            try (PbxConnection bridge = new PbxConnection(new PbxConfig("bench", "127.0.0.1", server.port(), "bench",
                    "bench", Duration.ofSeconds(20)), event -> {
                        normalised.incrementAndGet();
                        if (event instanceof CtiEvent.PbxResynced) {
                            connected.countDown();
                        } else if (event instanceof CtiEvent.CallAbandoned) {
                            done.countDown();
                        }
                    })) {
                bridge.start();
                connected.await(10, TimeUnit.SECONDS);
                long start = System.nanoTime();
                pbx.replay(stream);
                if (!done.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("calls not all ended: " + done.getCount() + " left");
                }
                return stream.size() / ((System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
