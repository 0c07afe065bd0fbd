package switchboard.desktop.callcenter;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import switchboard.cti.CallControl;
import switchboard.desktop.threads.Threads;
import switchboard.routing.RoutingEngine;
import switchboard.routing.RoutingListener;

/**
 * The routing loop: one thread that owns the routing engine, the roster and every live call,
 * runs the engine's timers, and is the only thread that reads or changes them. Work reaches it
 * as tasks ({@link #execute}, {@link #call}, {@link #schedule}); nothing else ever touches what it owns.
 *
 * <p>The loop's rule: a task never waits. No database (the records are facts handed to the
 * recorder), no network (PBX commands are handed to the bridge's own threads and answer with
 * futures), no lock another thread may hold. What a task needs from the outside is fetched
 * before the task is posted. The loop's thread is made by {@link Threads#neverWaiting}, so a
 * database connection asked for on it is caught.
 */
@ApplicationScoped
public class CallLoop {

    private static final Logger LOG = Logger.getLogger(CallLoop.class);
    private static final long TICK_MILLIS = 200;

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Threads.neverWaiting("routing-loop"));
    /** Completes the futures of {@link #call}, so their callers' continuations run here. */
    private final ExecutorService replies = Executors.newCachedThreadPool(Threads.named("loop-replies"));
    /** Owned by the loop thread. */
    private final Roster roster = new Roster();
    private final Map<String, ActiveCall> calls = new HashMap<>();
    private final OpenLegs openLegs = new OpenLegs();
    private volatile RoutingEngine engine;
    private volatile CallControl pbx;
    private volatile DeskHooks hooks = DeskHooks.NONE;

    /** Starts the engine and its timers; decisions go to {@code listener}, commands to {@code pbx}. */
    void start(RoutingListener listener, CallControl pbx, DeskHooks hooks) {
        this.pbx = pbx;
        this.hooks = hooks;
        this.engine = new RoutingEngine(System::currentTimeMillis, listener, 1, 60);
        thread.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Whether live calls are handled (not when switched off by configuration). */
    public boolean running() {
        return engine != null;
    }

    void stop() {
        thread.shutdownNow();
        replies.shutdown();
    }

    /** Runs the task on the loop; a failing task is logged and the loop goes on. */
    void execute(Runnable task) {
        thread.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("A routing loop task failed", e);
            }
        });
    }

    /**
     * Runs the work on the loop and completes with its result, off the loop: what the caller
     * chains to the future (a database write, a reply) never runs on the loop.
     */
    <T> CompletableFuture<T> call(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        thread.execute(() -> {
            try {
                T value = work.get();
                replies.execute(() -> result.complete(value));
            } catch (RuntimeException e) {
                replies.execute(() -> result.completeExceptionally(e));
            }
        });
        return result;
    }

    void schedule(Runnable task, long delay, TimeUnit unit) {
        thread.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("A routing loop timer failed", e);
            }
        }, delay, unit);
    }

    /** A failing tick must not end the schedule: it would stop every timer. */
    private void tick() {
        try {
            engine.tick();
        } catch (RuntimeException e) {
            LOG.error("Routing timers failed", e);
        }
    }

    // ---- what the loop owns: read on the loop only ---------------------------------------------

    RoutingEngine engine() {
        return engine;
    }

    Roster roster() {
        return roster;
    }

    /** The live call, or null. */
    ActiveCall callOrNull(String callId) {
        return calls.get(callId);
    }

    /** The call, known from its arrival, or met first now (adopted by a resync). */
    ActiveCall call(String callId) {
        return calls.computeIfAbsent(callId, ActiveCall::new);
    }

    void forget(String callId) {
        calls.remove(callId);
    }

    Iterable<ActiveCall> calls() {
        return calls.values();
    }

    /** The agents' parts of calls that still wait for their disposition. */
    OpenLegs openLegs() {
        return openLegs;
    }

    /** The PBX's call control; its commands never wait on the loop. */
    CallControl pbx() {
        return pbx;
    }

    DeskHooks hooks() {
        return hooks;
    }
}
