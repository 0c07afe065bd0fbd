package switchboard.desktop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static switchboard.desktop.Api.as;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import switchboard.desktop.customer.CallerProfiles;
import switchboard.desktop.customer.CrmDirectory;
import switchboard.desktop.record.DatabaseBehindProxy;
import switchboard.pbxsim.ami.AmiMessage;
import switchboard.pbxsim.pbx.InboundCall;

/**
 * The call path under load, end to end through the real AMI protocol: for each call, from the
 * moment the simulated PBX emits the event that hands it to the ACD (UserEvent
 * SwitchboardRouteRequest) to the moment the PBX executes the ring command (the caller's
 * channel entering {@code switchboard-agent} after Setvar, Setvar, Redirect), and to the moment
 * the screen-pop frame reaches the agent's WebSocket client; with {@code bench.desktops} agent
 * desktops connected (1,000 unless told) and a steady stream of calls. As the IVR does, each
 * caller's number is looked up in the CRM, and an identified caller's profile asked for, two
 * seconds before their call reaches the ACD. The
 * desktops answer, and record a disposition once the caller hangs up (after four seconds). With
 * {@code bench.cutSeconds} the database is then cut off for that long while calls go on, and the
 * same figures are measured during the cut. All instants come from one clock in one JVM.
 *
 * <p>Not part of the test suite (its name does not end in Test). Run it with
 * {@code ./mvnw -B verify -pl agent-desktop-api -am -Dtest=ScreenPopLatencyBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench.callsPerSecond=100 -Dbench.desktops=5000
 * -Dbench.cutSeconds=30}; {@code -Dbench.seconds=30 -Dbench.warmUpSeconds=15} change the
 * measured and unmeasured lengths. Results go to the log and to
 * target/benchmarks/screen-pop-latency.txt.
 */
@QuarkusTest
@TestProfile(LargeCallCenter.class)
class ScreenPopLatencyBenchmark {

    private static final int DESKTOPS = LargeCallCenter.DESKTOPS;
    private static final int FIRST_DESKTOP_AGENT_ID = LargeCallCenter.AGENTS - DESKTOPS + 1;
    /** Each caller hangs up this long after calling (a desktop answers 0.3 s after its pop). */
    private static final int TALK_SECONDS = 4;
    /** How long before the hand-off the IVR has identified the caller. */
    private static final int IDENTIFIED_BEFORE_SECONDS = 2;

    @TestHTTPResource("/ws/agent")
    URI endpoint;

    @Inject
    SimulatedTelephony telephony;
    @Inject
    CallerProfiles profiles;
    @Inject
    CrmDirectory directory;

    private final Map<String, Long> handedNanos = new ConcurrentHashMap<>();
    private final Map<String, Long> rungNanos = new ConcurrentHashMap<>();
    private final Map<String, Long> poppedNanos = new ConcurrentHashMap<>();

    @Test
    void callPathLatencyUnderLoad() throws Exception {
        double callsPerSecond = Double.parseDouble(System.getProperty("bench.callsPerSecond", "25"));
        int seconds = Integer.parseInt(System.getProperty("bench.seconds", "30"));
        int warmUpSeconds = Integer.parseInt(System.getProperty("bench.warmUpSeconds", "15"));
        int cutSeconds = Integer.parseInt(System.getProperty("bench.cutSeconds", "0"));

        benchOnlyTheDesktops();
        List<Session> desktops = openDesktops();
        awaitAvailable(DESKTOPS);
        Consumer<AmiMessage> pbxEvents = this::observe;
        telephony.pbx().subscribe(pbxEvents);
        // Warm-up: the same load, not measured, so the JIT and the pools are where they are in service.
        placeCalls((int) Math.round(callsPerSecond * warmUpSeconds), callsPerSecond, "+1312556");

        StringBuilder report = new StringBuilder(String.format(
                "Call path under load: %d desktops connected, calls at %.1f/s, after a %d s warm-up%n", DESKTOPS,
                callsPerSecond, warmUpSeconds));
        report.append(phase("database up", seconds, callsPerSecond, "+1312555"));
        if (cutSeconds > 0) {
            DatabaseBehindProxy.proxy.cut();
            try {
                report.append(phase("database cut off", cutSeconds, callsPerSecond, "+1312557"));
            } finally {
                DatabaseBehindProxy.proxy.restore();
            }
        }
        telephony.pbx().unsubscribe(pbxEvents);
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "screen-pop-latency.txt"), report);

        telephony.pbx().hangupMatching(Pattern.compile(".*"), 16);
        for (Session desktop : desktops) {
            desktop.close();
        }
    }

    private void observe(AmiMessage event) {
        String uniqueid = "sim:" + event.get("Uniqueid").orElse("");
        if ("SwitchboardRouteRequest".equals(event.get("UserEvent").orElse(""))) {
            handedNanos.putIfAbsent(uniqueid, System.nanoTime());
        } else if ("Newexten".equals(event.get("Event").orElse(""))
                && "switchboard-agent".equals(event.get("Context").orElse(""))) {
            rungNanos.putIfAbsent(uniqueid, System.nanoTime());
        }
    }

    /** One measured stretch of calls: its figures, and every call's pop must have arrived. */
    private String phase(String name, int seconds, double callsPerSecond, String numberPrefix) throws Exception {
        handedNanos.clear();
        rungNanos.clear();
        poppedNanos.clear();
        int calls = (int) Math.round(callsPerSecond * seconds);
        placeCalls(calls, callsPerSecond, numberPrefix);
        awaitPops(calls);
        long popped = poppedNanos.keySet().stream().filter(handedNanos::containsKey).count();
        assertEquals(calls, popped, name + ": every call's pop reached a desktop");
        return String.format("%s: %d calls over %d s%n  route request -> ring command executed: %s%n"
                + "  route request -> pop frame at the desktop:  %s%n", name, calls, seconds, figures(rungNanos),
                figures(poppedNanos));
    }

    /** The 24 named agents have no desktop here: they must not take calls. */
    private static void benchOnlyTheDesktops() {
        for (int code = 1001; code < 1000 + FIRST_DESKTOP_AGENT_ID; code++) {
            as("supervisor").body(Map.of("state", "not-ready", "reason", "benchmark"))
                    .put("/api/agents/" + code + "/state").then().statusCode(204);
        }
    }

    private List<Session> openDesktops() throws Exception {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        ScheduledExecutorService people = Executors.newScheduledThreadPool(2);
        List<Session> desktops = new ArrayList<>();
        for (int id = FIRST_DESKTOP_AGENT_ID; id < FIRST_DESKTOP_AGENT_ID + DESKTOPS; id++) {
            String token = Jwt.issuer("https://switchboard.local").upn("agent" + (1000 + id)).groups(Set.of("agent"))
                    .claim("agentId", (long) id).expiresIn(Duration.ofHours(1)).sign();
            Session session = container.connectToServer(new PopRecorder(poppedNanos, people),
                    ClientEndpointConfig.Builder.create().build(),
                    URI.create(endpoint + "?ticket=" + switchboard.desktop.SocketClient.ticket(token)));
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
            long at = i * periodNanos + TimeUnit.SECONDS.toNanos(IDENTIFIED_BEFORE_SECONDS);
            // What the IVR does meanwhile: the caller's number looked up, and an identified customer's profile read.
            caller.schedule(() -> directory.byPhone(number), i * periodNanos, TimeUnit.NANOSECONDS);
            if (ivr.containsKey("SWB_CUSTOMER_ID")) {
                long customer = Long.parseLong(ivr.get("SWB_CUSTOMER_ID"));
                caller.schedule(() -> profiles.prefetch(customer), i * periodNanos, TimeUnit.NANOSECONDS);
            }
            caller.schedule(() -> {
                String channel = telephony.pbx().inboundCall(new InboundCall(number, "18005550100", ivr));
                caller.schedule(() -> telephony.pbx().hangup(channel, 16), TALK_SECONDS, TimeUnit.SECONDS);
            }, at, TimeUnit.NANOSECONDS);
        }
        Thread.sleep((long) (calls / callsPerSecond * 1000) + (TALK_SECONDS + IDENTIFIED_BEFORE_SECONDS) * 1000L);
        caller.shutdown();
        caller.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void awaitPops(int calls) throws InterruptedException {
        for (int i = 0; i < 300 && poppedNanos.keySet().stream().filter(handedNanos::containsKey).count() < calls; i++) {
            Thread.sleep(100);
        }
    }

    /** p50, p90, p99 and max of the time from hand-off to the instants given, in milliseconds. */
    private String figures(Map<String, Long> instants) {
        double[] millis = handedNanos.entrySet().stream().filter(e -> instants.containsKey(e.getKey()))
                .mapToDouble(e -> (instants.get(e.getKey()) - e.getValue()) / 1e6).sorted().toArray();
        return String.format("p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  (%d calls)", percentile(millis, 50),
                percentile(millis, 90), percentile(millis, 99),
                millis.length == 0 ? Double.NaN : millis[millis.length - 1], millis.length);
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
