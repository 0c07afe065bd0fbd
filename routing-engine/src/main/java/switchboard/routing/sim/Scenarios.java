package switchboard.routing.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import switchboard.routing.CustomerTier;
import switchboard.routing.QueueConfig;
import switchboard.routing.SkillRequirement;
import switchboard.routing.Strategy;

/** The scenarios the tests and the command line share, and the routing policies compared on them. */
public final class Scenarios {

    /** The customer mix of the CRM's tiers: 5 / 15 / 30 / 50 %. */
    public static final Map<CustomerTier, Double> TIER_MIX = Map.of(CustomerTier.PLATINUM, 0.05,
            CustomerTier.GOLD, 0.15, CustomerTier.SILVER, 0.30, CustomerTier.BRONZE, 0.50);

    private Scenarios() {
    }

    /**
     * One skill, one queue, first come first served, no wrap-up, exponential talk, endless
     * patience: exactly Erlang C's assumptions.
     */
    public static Scenario erlangC(double callsPerHour, double ahtSeconds, int agents, double hours) {
        QueueConfig queue = new QueueConfig("support", List.of(new SkillRequirement("support", 1)), 0, Map.of(), 1,
                List.of(), 15, 80, 0, null, 0, 15, 0, Strategy.LONGEST_IDLE);
        List<Scenario.AgentSpec> staff = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            staff.add(new Scenario.AgentSpec(String.format("a%03d", i), Map.of("support", 3)));
        }
        return new Scenario(List.of(queue), Map.of("support", callsPerHour), staff, hours, 1, TIER_MIX, ahtSeconds, 1,
                Double.POSITIVE_INFINITY);
    }

    /**
     * A busy single-skill queue with the CRM's tier mix, agents of proficiency 1 to 5, a 4-minute
     * lognormal talk time, 30 s wrap-up and two minutes' mean patience, staffed near 95 %
     * occupancy, where the order of service decides who waits.
     */
    public static Scenario valueMix(double hours) {
        QueueConfig queue = new QueueConfig("care", List.of(new SkillRequirement("care", 1)), 0,
                QueueConfig.defaultTierBoosts(), 1, List.of(), 20, 80, 0, null, 30, 15, 5, Strategy.VALUE_MATCHED);
        List<Scenario.AgentSpec> staff = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            staff.add(new Scenario.AgentSpec(String.format("a%03d", i), Map.of("care", 1 + i % 5)));
        }
        return new Scenario(List.of(queue), Map.of("care", 520.0), staff, hours, 1, TIER_MIX, 240, 0.8, 120);
    }

    /** Switchboard's routing: tier boosts with aging, value-matched agent choice. */
    public static UnaryOperator<QueueConfig> valueMatched() {
        return q -> strategy(q, Strategy.VALUE_MATCHED, q.tierBoost());
    }

    /** The app_queue-style baseline: first come first served, agents by {@code strategy}. */
    public static UnaryOperator<QueueConfig> fifo(Strategy strategy) {
        return q -> strategy(q, strategy, Map.of());
    }

    private static QueueConfig strategy(QueueConfig q, Strategy strategy, Map<CustomerTier, Integer> boosts) {
        return new QueueConfig(q.name(), q.required(), q.basePriority(), boosts, q.agingPerSecond(), q.steps(),
                q.slThresholdSeconds(), q.slTargetPercent(), q.maxWaitSeconds(), q.overflowQueue(), q.wrapUpSeconds(),
                q.ringTimeoutSeconds(), q.shortAbandonSeconds(), strategy);
    }
}
