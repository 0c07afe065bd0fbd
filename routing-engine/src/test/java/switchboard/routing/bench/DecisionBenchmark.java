package switchboard.routing.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import switchboard.routing.Assignment;
import switchboard.routing.CallRequest;
import switchboard.routing.CustomerTier;
import switchboard.routing.QueueConfig;
import switchboard.routing.RelaxationStep;
import switchboard.routing.RoutingEngine;
import switchboard.routing.RoutingListener;
import switchboard.routing.SkillRequirement;
import switchboard.routing.Strategy;
import switchboard.routing.VirtualClock;

/**
 * Routing decisions at scale: 10,000 agents with four of 50 skills each, 50 value-matched queues
 * (every fifth needing two skills, all relaxing after 30 s).
 *
 * <ul>
 * <li>{@code agentFreesUp}: 5,000 calls wait and every agent is busy. One operation: an agent ends
 * a call and its wrap-up, becomes available and takes the best call across its queues; it answers;
 * a new call arrives and waits. Two routing decisions (agent-available, call-queued).</li>
 * <li>{@code callArrives}: no call waits and half the agents are available. One operation: a call
 * arrives and is given to the best of the eligible available agents; the agent answers, hangs up
 * and wraps up, and is available again. Two routing decisions.</li>
 * </ul>
 *
 * <p>One decision alone, without the events around it, is timed by {@link SingleDecisionLatency}.
 */
@BenchmarkMode({ Mode.Throughput, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionBenchmark {

    static final int AGENTS = 10_000;
    static final int SKILLS = 50;
    static final int WAITING = 5_000;

    /** An engine at the benchmark's scale, and who holds which call. */
    @State(Scope.Thread)
    public static class Center implements RoutingListener {

        final VirtualClock clock = new VirtualClock(0);
        final RoutingEngine engine = new RoutingEngine(clock, this, 1, 60);
        final SplittableRandom random = new SplittableRandom(42);
        final Map<String, String> callOfAgent = new HashMap<>();
        final List<String> agents = new ArrayList<>();
        Assignment lastAssignment;
        long calls;
        int nextAgent;

        @Override
        public void assigned(Assignment assignment) {
            lastAssignment = assignment;
            callOfAgent.put(assignment.agentId(), assignment.callId());
        }

        /** Wrap-up seconds: 0 for whole cycles; long for single decisions, which end it by disposition. */
        int wrapUp;

        void build(boolean busy) {
            for (int q = 0; q < SKILLS; q++) {
                List<SkillRequirement> required = q % 5 == 0
                        ? List.of(new SkillRequirement("s" + q, 2), new SkillRequirement("s" + (q + 1) % SKILLS, 1))
                        : List.of(new SkillRequirement("s" + q, 2));
                engine.defineQueue(QueueConfig.simple("q" + q, required, Strategy.VALUE_MATCHED).withTiming(wrapUp, 30)
                        .withSteps(List.of(new RelaxationStep(30, 1, Set.of()))));
            }
            for (int a = 0; a < AGENTS; a++) {
                Map<String, Integer> skills = new HashMap<>();
                while (skills.size() < 4) {
                    skills.put("s" + random.nextInt(SKILLS), 1 + random.nextInt(5));
                }
                String id = "a" + a;
                agents.add(id);
                engine.login(id, skills);
                if (busy || a % 2 == 0) {
                    engine.ready(id);
                }
            }
            if (busy) {
                // Every agent takes a call, then WAITING more calls queue up behind them.
                for (int i = 0; i < AGENTS * 2 && callOfAgent.size() < AGENTS; i++) {
                    arrive();
                }
                for (int i = 0; i < WAITING; i++) {
                    arrive();
                }
            }
        }

        /** A call arrives; an agent it is given to answers at once. */
        void arrive() {
            CustomerTier tier = CustomerTier.values()[random.nextInt(4)];
            String id = "c" + calls++;
            engine.callQueued(CallRequest.of(id, "q" + random.nextInt(SKILLS), tier, random.nextInt(100),
                    random.nextDouble()));
            if (lastAssignment != null && lastAssignment.callId().equals(id)) {
                engine.callAnswered(id);
            }
        }

        void handle(String agent) {
            String call = callOfAgent.remove(agent);
            if (call != null) {
                engine.callEnded(call);
                engine.wrapUpDone(agent);
            }
        }
    }

    /** All agents busy, 5,000 calls waiting. */
    @State(Scope.Thread)
    public static class Busy extends Center {
        @Setup(Level.Trial)
        public void setUp() {
            build(true);
        }
    }

    /** Half the agents available, nobody waiting. */
    @State(Scope.Thread)
    public static class Idle extends Center {
        @Setup(Level.Trial)
        public void setUp() {
            build(false);
        }
    }

    @Benchmark
    public Assignment agentFreesUp(Busy center) {
        center.clock.advanceTo(center.clock.millis() + 1);
        String agent = center.agents.get(center.nextAgent++ % AGENTS);
        String call = center.callOfAgent.remove(agent);
        if (call != null) {
            center.engine.callEnded(call);
            center.engine.wrapUpDone(agent);
            String taken = center.callOfAgent.get(agent);
            if (taken != null) {
                center.engine.callAnswered(taken);
            }
        }
        center.arrive();
        return center.lastAssignment;
    }

    @Benchmark
    public Assignment callArrives(Idle center) {
        center.clock.advanceTo(center.clock.millis() + 1);
        center.arrive();
        Assignment assignment = center.lastAssignment;
        if (assignment != null) {
            center.handle(assignment.agentId());
        }
        return assignment;
    }
}
