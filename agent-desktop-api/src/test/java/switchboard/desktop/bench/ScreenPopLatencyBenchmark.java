package switchboard.desktop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static switchboard.desktop.Api.as;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;
import switchboard.desktop.callcenter.SimulatedTelephony;
import switchboard.pbxsim.ami.AmiMessage;
import switchboard.pbxsim.pbx.InboundCall;

/**
 * End-to-end screen-pop latency under load: from the moment the simulated PBX emits the AMI
 * event that hands a call to the ACD (UserEvent SwitchboardRouteRequest) to the moment the
 * screen-pop frame reaches the agent's WebSocket client, with 1,000 agent desktops connected and
 * a steady stream of new calls. The desktops answer, and record a disposition once the caller
 * hangs up (after four seconds), so agents keep taking calls. Both instants are read from one
 * clock in one JVM.
 *
 * <p>Not part of the test suite (its name does not end in Test). Run it with
 * {@code ./mvnw -B verify -pl agent-desktop-api -am -Dtest=ScreenPopLatencyBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbench.callsPerSecond=25 -Dbench.seconds=30
 * -Dbench.warmUpSeconds=15} change the load; the warm-up runs the same load unmeasured first. Results go to the log and to target/benchmarks/screen-pop-latency.txt.
 */
@QuarkusTest
@TestProfile(LargeCallCenter.class)
class ScreenPopLatencyBenchmark {

    private static final int DESKTOPS = 1000;
    private static final int FIRST_DESKTOP_AGENT_ID = LargeCallCenter.AGENTS - DESKTOPS + 1;
    /** Each caller hangs up this long after calling (a desktop answers 0.3 s after its pop). */
    private static final int TALK_SECONDS = 4;

    @TestHTTPResource("/ws/agent")
    URI endpoint;

    @Inject
    SimulatedTelephony telephony;

    @Test
    void screenPopLatencyWithAThousandDesktops() throws Exception {
        double callsPerSecond = Double.parseDouble(System.getProperty("bench.callsPerSecond", "25"));
        int seconds = Integer.parseInt(System.getProperty("bench.seconds", "30"));
        int warmUpSeconds = Integer.parseInt(System.getProperty("bench.warmUpSeconds", "15"));
        Map<String, Long> handedNanos = new ConcurrentHashMap<>();
        Map<String, Long> poppedNanos = new ConcurrentHashMap<>();

        benchOnlyTheDesktops();
        List<Session> desktops = openDesktops(poppedNanos);
        awaitAvailable(DESKTOPS);

        Consumer<AmiMessage> handOffs = event -> {
            if ("SwitchboardRouteRequest".equals(event.get("UserEvent").orElse(""))) {
                handedNanos.putIfAbsent("sim:" + event.get("Uniqueid").orElse(""), System.nanoTime());
            }
        };
        telephony.pbx().subscribe(handOffs);
        // Warm-up: the same load, not measured, so the JIT and the pools are where they are in service.
        placeCalls((int) Math.round(callsPerSecond * warmUpSeconds), callsPerSecond, "+1312556");
        handedNanos.clear();
        poppedNanos.clear();
        int calls = (int) Math.round(callsPerSecond * seconds);
        long started = System.nanoTime();
        placeCalls(calls, callsPerSecond, "+1312555");
        awaitPops(handedNanos, poppedNanos, calls);
        double elapsed = (System.nanoTime() - started) / 1e9;
        telephony.pbx().unsubscribe(handOffs);

        String report = report(handedNanos, poppedNanos, calls, callsPerSecond, elapsed);
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "screen-pop-latency.txt"), report);

        telephony.pbx().hangupMatching(Pattern.compile(".*"), 16);
        for (Session desktop : desktops) {
            desktop.close();
        }
        assertEquals(calls, poppedNanos.keySet().stream().filter(handedNanos::containsKey).count(),
                "every call's pop reached a desktop");
    }

    /** The 24 named agents have no desktop here: they must not take calls. */
    private static void benchOnlyTheDesktops() {
        for (int code = 1001; code < 1000 + FIRST_DESKTOP_AGENT_ID; code++) {
            as("supervisor").body(Map.of("state", "not-ready", "reason", "benchmark"))
                    .put("/api/agents/" + code + "/state").then().statusCode(204);
        }
    }

    private List<Session> openDesktops(Map<String, Long> poppedNanos) throws Exception {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        ScheduledExecutorService people = Executors.newScheduledThreadPool(2);
        List<Session> desktops = new ArrayList<>();
        for (int id = FIRST_DESKTOP_AGENT_ID; id < FIRST_DESKTOP_AGENT_ID + DESKTOPS; id++) {
            String token = Jwt.issuer("https://switchboard.local").upn("agent" + (1000 + id)).groups(Set.of("agent"))
                    .claim("agentId", (long) id).expiresIn(Duration.ofHours(1)).sign();
            Session session = container.connectToServer(new PopRecorder(poppedNanos, people),
                    ClientEndpointConfig.Builder.create().build(), URI.create(endpoint + "?token=" + token));
            session.getBasicRemote().sendText("{\"type\":\"set-state\",\"state\":\"ready\"}");
            desktops.add(session);
        }
        return desktops;
    }

    private static void awaitAvailable(int agents) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            List<String> states = as("supervisor").get("/api/agents").then().extract().path("state");
            if (states.stream().filter("AVAILABLE"::equals).count() >= agents) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the desktops' agents never all became available");
    }

    /** Calls at a steady rate, seven in ten from known customers (whose pop carries the 360 view). */
    private void placeCalls(int calls, double callsPerSecond, String numberPrefix) throws InterruptedException {
        ScheduledExecutorService caller = Executors.newSingleThreadScheduledExecutor();
        SplittableRandom random = new SplittableRandom(7);
        long periodNanos = (long) (1e9 / callsPerSecond);
        for (int i = 0; i < calls; i++) {
            Map<String, String> ivr = random.nextDouble() < 0.7
                    ? Map.of("SWB_INTENT", "billing", "SWB_LANGUAGE", "en", "SWB_CUSTOMER_ID",
                            String.valueOf(1 + random.nextInt(2000)))
                    : Map.of("SWB_INTENT", "billing", "SWB_LANGUAGE", "en");
            String number = numberPrefix + String.format("%04d", i % 10_000);
            caller.schedule(() -> {
                String channel = telephony.pbx().inboundCall(new InboundCall(number, "18005550100", ivr));
                caller.schedule(() -> telephony.pbx().hangup(channel, 16), TALK_SECONDS, TimeUnit.SECONDS);
            }, i * periodNanos, TimeUnit.NANOSECONDS);
        }
        Thread.sleep((long) (calls / callsPerSecond * 1000) + TALK_SECONDS * 1000L);
        caller.shutdown();
        caller.awaitTermination(30, TimeUnit.SECONDS);
    }

    private static void awaitPops(Map<String, Long> handed, Map<String, Long> popped, int calls)
            throws InterruptedException {
        for (int i = 0; i < 300 && popped.keySet().stream().filter(handed::containsKey).count() < calls; i++) {
            Thread.sleep(100);
        }
    }

    private static String report(Map<String, Long> handed, Map<String, Long> popped, int calls, double rate,
            double elapsedSeconds) {
        double[] millis = handed.entrySet().stream().filter(e -> popped.containsKey(e.getKey()))
                .mapToDouble(e -> (popped.get(e.getKey()) - e.getValue()) / 1e6).sorted().toArray();
        return String.format("""
                Screen-pop latency, AMI hand-off event to pop frame on the agent's socket
                desktops connected: %d, calls: %d offered at %.1f/s over %.1f s after a warm-up, pops measured: %d
                p50 %.2f ms   p90 %.2f ms   p99 %.2f ms   max %.2f ms   mean %.2f ms
                """, DESKTOPS, calls, rate, elapsedSeconds, millis.length, percentile(millis, 50),
                percentile(millis, 90), percentile(millis, 99), millis.length == 0 ? Double.NaN : millis[millis.length - 1],
                Arrays.stream(millis).average().orElse(Double.NaN));
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
