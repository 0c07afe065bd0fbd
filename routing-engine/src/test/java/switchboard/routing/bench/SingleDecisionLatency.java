package switchboard.routing.bench;

import java.util.Arrays;
import java.util.Locale;

import switchboard.routing.CallRequest;
import switchboard.routing.CustomerTier;

/**
 * The latency of one routing decision alone, at {@link DecisionBenchmark}'s scale (10,000 agents,
 * 50 skills; 5,000 calls waiting for the agent-available case). Everything around the decision
 * (answering and ending the previous call, preparing the next request) happens outside the timed
 * region; each decision is timed with {@code System.nanoTime()}, whose own cost (about 25 ns) is
 * included. 200,000 samples per kind after as many for warm-up.
 *
 * <pre>./mvnw -q -pl routing-engine test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp routing-engine/target/test-classes:routing-engine/target/classes:$(cat routing-engine/target/cp.txt) switchboard.routing.bench.SingleDecisionLatency</pre>
 */
public final class SingleDecisionLatency {

    private static final int SAMPLES = 200_000;

    private SingleDecisionLatency() {
    }

    /** Half the agents available, nobody waiting: a call arrives. */
    static final class OneArrival extends DecisionBenchmark.Center {
        CallRequest next;

        OneArrival() {
            wrapUp = 300;
            build(false);
        }

        void prepare() {
            clock.advanceTo(clock.millis() + 1);
            if (lastAssignment != null) {
                engine.callAnswered(lastAssignment.callId());
                handle(lastAssignment.agentId());
                lastAssignment = null;
            }
            next = CallRequest.of("c" + calls++, "q" + random.nextInt(DecisionBenchmark.SKILLS),
                    CustomerTier.values()[random.nextInt(4)], random.nextInt(100), random.nextDouble());
        }

        void decide() {
            engine.callQueued(next);
        }
    }

    /** Every agent busy, 5,000 calls waiting: an agent ends wrap-up and takes the best call. */
    static final class OneFreeAgent extends DecisionBenchmark.Center {
        String agent;

        OneFreeAgent() {
            wrapUp = 300;
            build(true);
        }

        void prepare() {
            clock.advanceTo(clock.millis() + 1);
            if (lastAssignment != null && lastAssignment.agentId().equals(agent)) {
                engine.callAnswered(lastAssignment.callId());
                arrive();
            }
            agent = agents.get(nextAgent++ % DecisionBenchmark.AGENTS);
            String call = callOfAgent.remove(agent);
            if (call != null) {
                engine.callEnded(call);
            }
        }

        void decide() {
            engine.wrapUpDone(agent);
        }
    }

    public static void main(String[] args) {
        OneFreeAgent free = new OneFreeAgent();
        report("agent-available", time(free::prepare, free::decide));
        OneArrival arrival = new OneArrival();
        report("call-queued", time(arrival::prepare, arrival::decide));
    }

    private static long[] time(Runnable prepare, Runnable decide) {
        long[] nanos = new long[SAMPLES];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < SAMPLES; i++) {
                prepare.run();
                long start = System.nanoTime();
                decide.run();
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String kind, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-16s p50 %6.2f µs  p90 %6.2f µs  p99 %6.2f µs  p99.9 %6.2f µs  max %8.2f µs%n",
                kind, at(sorted, 0.5), at(sorted, 0.9), at(sorted, 0.99), at(sorted, 0.999),
                sorted[sorted.length - 1] / 1e3);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1e3;
    }
}
