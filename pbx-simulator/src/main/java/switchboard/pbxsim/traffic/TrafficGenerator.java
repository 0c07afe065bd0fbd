package switchboard.pbxsim.traffic;

import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import switchboard.pbxsim.ami.AmiMessage;
import switchboard.pbxsim.pbx.InboundCall;
import switchboard.pbxsim.pbx.SimulatedPbx;

/**
 * Places simulated calls into a {@link SimulatedPbx} until stopped. It watches the PBX's own
 * events to learn when a caller is connected (then the caller talks and hangs up) and when a call
 * ends (then nothing more is done for it).
 */
public final class TrafficGenerator implements AutoCloseable {

    private final SimulatedPbx pbx;
    private final TrafficProfile profile;
    private final SplittableRandom random;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pbx-traffic");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final Consumer<AmiMessage> watcher = this::watch;
    private final AtomicLong placed = new AtomicLong();
    private final AtomicLong gaveUp = new AtomicLong();
    private final AtomicLong talked = new AtomicLong();
    private volatile boolean running;

    public TrafficGenerator(SimulatedPbx pbx, TrafficProfile profile) {
        this.pbx = pbx;
        this.profile = profile;
        this.random = new SplittableRandom(profile.seed());
    }

    /** Starts placing calls. */
    public void start() {
        running = true;
        pbx.subscribe(watcher);
        scheduleNext();
    }

    /** Stops placing calls; calls already placed go on. */
    public void stop() {
        running = false;
    }

    @Override
    public void close() {
        stop();
        pbx.unsubscribe(watcher);
        timer.shutdownNow();
    }

    /** Calls placed, callers who hung up waiting, callers who talked to an agent. */
    public record Counts(long placed, long gaveUp, long talked) {
    }

    public Counts counts() {
        return new Counts(placed.get(), gaveUp.get(), talked.get());
    }

    private void scheduleNext() {
        if (!running) {
            return;
        }
        long delay = Math.round(exponential(60_000 / profile.callsPerMinute()));
        timer.schedule(this::place, delay, TimeUnit.MILLISECONDS);
    }

    private void place() {
        if (!running) {
            return;
        }
        String uniqueid = pbx.inboundCall(new InboundCall(caller(), profile.dnis(),
                Map.of("SWB_INTENT", pick(profile.intents()), "SWB_LANGUAGE", pick(profile.languages()))));
        placed.incrementAndGet();
        waiting.add(uniqueid);
        timer.schedule(() -> {
            if (waiting.remove(uniqueid)) {
                gaveUp.incrementAndGet();
                pbx.hangup(uniqueid, 16);
            }
        }, Math.round(exponential(profile.meanPatienceSeconds() * 1000)), TimeUnit.MILLISECONDS);
        scheduleNext();
    }

    /** On the PBX thread: a caller who enters a bridge talks, then hangs up. */
    private void watch(AmiMessage event) {
        String name = event.get("Event").orElse("");
        String uniqueid = event.get("Uniqueid").orElse("");
        if (name.equals("BridgeEnter") && waiting.remove(uniqueid)) {
            talked.incrementAndGet();
            long talk = Math.round(exponential(profile.meanTalkSeconds() * 1000));
            timer.schedule(() -> pbx.hangup(uniqueid, 16), talk, TimeUnit.MILLISECONDS);
        } else if (name.equals("Hangup")) {
            waiting.remove(uniqueid);
        }
    }

    private String caller() {
        if (!profile.knownNumbers().isEmpty() && random.nextDouble() < profile.knownShare()) {
            return profile.knownNumbers().get(random.nextInt(profile.knownNumbers().size()));
        }
        return String.format("+1%03d555%04d", 201 + random.nextInt(700), random.nextInt(10_000));
    }

    private String pick(Map<String, Double> weights) {
        if (weights.isEmpty()) {
            return "";
        }
        TreeMap<String, Double> ordered = new TreeMap<>(weights);
        double draw = random.nextDouble() * ordered.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Map.Entry<String, Double> entry : ordered.entrySet()) {
            draw -= entry.getValue();
            if (draw < 0) {
                return entry.getKey();
            }
        }
        return ordered.lastKey();
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
