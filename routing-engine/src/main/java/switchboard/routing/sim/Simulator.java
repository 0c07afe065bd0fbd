package switchboard.routing.sim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import switchboard.routing.Assignment;
import switchboard.routing.CallRequest;
import switchboard.routing.CustomerTier;
import switchboard.routing.QueueConfig;
import switchboard.routing.RoutingEngine;
import switchboard.routing.RoutingListener;
import switchboard.routing.VirtualClock;
import switchboard.routing.sim.Trace.Arrival;

/**
 * Plays a trace against a scenario. Agents answer the moment they are assigned, talk for the
 * call's handle time, and wrap up for their queue's wrap-up time; callers give up when their
 * patience runs out before an agent answers.
 */
public final class Simulator implements RoutingListener {

    private enum Kind {
        ARRIVE, GIVE_UP, HANG_UP
    }

    private record Event(long at, long sequence, Kind kind, Arrival call) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            int byTime = Long.compare(at, o.at);
            return byTime != 0 ? byTime : Long.compare(sequence, o.sequence);
        }
    }

    private final VirtualClock clock = new VirtualClock(0);
    private final RoutingEngine engine;
    private final Map<String, QueueConfig> queues = new HashMap<>();
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private final List<Assignment> assigned = new ArrayList<>();
    private final Map<String, Arrival> live = new HashMap<>();
    private final Map<String, Outcome> byQueue = new TreeMap<>();
    private final Map<CustomerTier, Outcome> byTier = new EnumMap<>(CustomerTier.class);
    private final Map<String, Map<String, Integer>> skillsOf = new HashMap<>();
    private final long warmupMillis;
    private long sequence;

    private Simulator(Scenario scenario, UnaryOperator<QueueConfig> policy, long seed) {
        this.engine = new RoutingEngine(clock, this, seed, 60);
        this.warmupMillis = Math.round(scenario.warmupHours() * 3_600_000);
        for (QueueConfig queue : scenario.queues()) {
            QueueConfig applied = policy.apply(queue);
            queues.put(applied.name(), applied);
            engine.defineQueue(applied);
        }
        for (Scenario.AgentSpec agent : scenario.agents()) {
            skillsOf.put(agent.id(), agent.skills());
            engine.login(agent.id(), agent.skills());
            engine.ready(agent.id());
        }
    }

    /**
     * Runs the trace with every queue passed through {@code policy} first (to change strategy or
     * priorities), until every call is done.
     */
    public static SimulationResult run(Scenario scenario, Trace trace, UnaryOperator<QueueConfig> policy, long seed) {
        Simulator simulator = new Simulator(scenario, policy, seed);
        trace.arrivals().forEach(a -> simulator.schedule(a.atMillis(), Kind.ARRIVE, a));
        simulator.loop();
        Outcome overall = simulator.byQueue.values().stream().reduce(Outcome.NONE, Outcome::plus);
        return new SimulationResult(Map.copyOf(simulator.byQueue), Map.copyOf(simulator.byTier), overall);
    }

    @Override
    public void assigned(Assignment assignment) {
        assigned.add(assignment);
    }

    private void loop() {
        while (!events.isEmpty() || engine.nextTimerAt() != Long.MAX_VALUE) {
            long nextEvent = events.isEmpty() ? Long.MAX_VALUE : events.peek().at();
            long nextTimer = engine.nextTimerAt();
            if (nextTimer < nextEvent) {
                clock.advanceTo(Math.max(clock.millis(), nextTimer));
                engine.tick();
            } else {
                Event event = events.poll();
                clock.advanceTo(event.at());
                apply(event);
            }
            answerAssigned();
            if (events.isEmpty() && live.isEmpty()) {
                break;
            }
        }
    }

    private void apply(Event event) {
        Arrival call = event.call();
        switch (event.kind()) {
            case ARRIVE -> {
                live.put(call.callId(), call);
                engine.callQueued(new CallRequest(call.callId(), call.queue(), call.callId(), call.tier(),
                        call.valueScore(), call.churnRisk(), null, null, true));
                if (!Double.isInfinite(call.patienceSeconds())) {
                    schedule(event.at() + Math.round(call.patienceSeconds() * 1000), Kind.GIVE_UP, call);
                }
            }
            case GIVE_UP -> {
                if (live.remove(call.callId()) != null) {
                    engine.callEnded(call.callId());
                    record(call, false, event.at() - call.atMillis(), 0);
                }
            }
            case HANG_UP -> engine.callEnded(call.callId());
        }
    }

    /** Agents answer at once; answering can free nobody, so one pass drains the decisions. */
    private void answerAssigned() {
        while (!assigned.isEmpty()) {
            Assignment assignment = assigned.remove(0);
            Arrival call = live.remove(assignment.callId());
            if (call == null) {
                continue;
            }
            engine.callAnswered(call.callId());
            record(call, true, clock.millis() - call.atMillis(), proficiency(assignment.agentId(), call.queue()));
            schedule(clock.millis() + Math.max(1, Math.round(call.handleSeconds() * 1000)), Kind.HANG_UP, call);
        }
    }

    private double proficiency(String agentId, String queue) {
        Map<String, Integer> skills = skillsOf.get(agentId);
        return queues.get(queue).required().stream().mapToInt(r -> skills.getOrDefault(r.skill(), 0)).average()
                .orElse(0);
    }

    private void record(Arrival call, boolean answered, long waitMillis, double agentProficiency) {
        if (call.atMillis() < warmupMillis) {
            return;
        }
        QueueConfig queue = queues.get(call.queue());
        boolean shortAbandon = !answered && waitMillis < queue.shortAbandonSeconds() * 1000L;
        if (shortAbandon) {
            return;
        }
        Outcome outcome = new Outcome(1, answered ? 1 : 0,
                answered && waitMillis <= queue.slThresholdSeconds() * 1000L ? 1 : 0, answered ? 0 : 1,
                answered ? waitMillis / 1000.0 : 0, agentProficiency);
        byQueue.merge(call.queue(), outcome, Outcome::plus);
        byTier.merge(call.tier(), outcome, Outcome::plus);
    }

    private void schedule(long at, Kind kind, Arrival call) {
        events.add(new Event(at, sequence++, kind, call));
    }
}
