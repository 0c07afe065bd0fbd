package switchboard.routing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A routing target.
 *
 * @param name unique name
 * @param required skills every call needs
 * @param basePriority added to every call's priority
 * @param tierBoost added per customer tier
 * @param agingPerSecond priority gained per second of waiting
 * @param steps relaxation steps, by ascending {@code afterSeconds}
 * @param slThresholdSeconds the T of service level (answered within T)
 * @param slTargetPercent the service level target
 * @param maxWaitSeconds after this wait a call overflows to {@code overflowQueue}; 0 for never
 * @param overflowQueue where calls overflow to, or null
 * @param wrapUpSeconds after-call work time
 * @param ringTimeoutSeconds an agent who does not answer within this is RONA
 * @param shortAbandonSeconds abandons quicker than this are short abandons
 * @param strategy how an agent is chosen
 */
public record QueueConfig(String name, List<SkillRequirement> required, int basePriority,
        Map<CustomerTier, Integer> tierBoost, double agingPerSecond, List<RelaxationStep> steps,
        int slThresholdSeconds, int slTargetPercent, int maxWaitSeconds, String overflowQueue, int wrapUpSeconds,
        int ringTimeoutSeconds, int shortAbandonSeconds, Strategy strategy) {

    public QueueConfig {
        required = List.copyOf(required);
        tierBoost = tierBoost.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(tierBoost));
        steps = List.copyOf(steps);
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).afterSeconds() <= steps.get(i - 1).afterSeconds()) {
                throw new IllegalArgumentException(name + ": relaxation steps must come at increasing times");
            }
        }
        if (agingPerSecond < 0) {
            throw new IllegalArgumentException(name + ": aging cannot be negative");
        }
    }

    /** Sensible defaults: 80/20, tier boosts 30/20/10/0, aging 1 a second, 30 s wrap-up, 15 s ring. */
    public static QueueConfig simple(String name, List<SkillRequirement> required, Strategy strategy) {
        return new QueueConfig(name, required, 0, defaultTierBoosts(), 1.0, List.of(), 20, 80, 0, null, 30, 15, 5,
                strategy);
    }

    public static Map<CustomerTier, Integer> defaultTierBoosts() {
        return Map.of(CustomerTier.PLATINUM, 30, CustomerTier.GOLD, 20, CustomerTier.SILVER, 10);
    }

    public QueueConfig withSteps(List<RelaxationStep> newSteps) {
        return new QueueConfig(name, required, basePriority, tierBoost, agingPerSecond, newSteps, slThresholdSeconds,
                slTargetPercent, maxWaitSeconds, overflowQueue, wrapUpSeconds, ringTimeoutSeconds, shortAbandonSeconds,
                strategy);
    }

    public QueueConfig withOverflow(int afterSeconds, String queue) {
        return new QueueConfig(name, required, basePriority, tierBoost, agingPerSecond, steps, slThresholdSeconds,
                slTargetPercent, afterSeconds, queue, wrapUpSeconds, ringTimeoutSeconds, shortAbandonSeconds, strategy);
    }

    public QueueConfig withAging(double perSecond) {
        return new QueueConfig(name, required, basePriority, tierBoost, perSecond, steps, slThresholdSeconds,
                slTargetPercent, maxWaitSeconds, overflowQueue, wrapUpSeconds, ringTimeoutSeconds, shortAbandonSeconds,
                strategy);
    }

    public QueueConfig withTiming(int wrapUp, int ringTimeout) {
        return new QueueConfig(name, required, basePriority, tierBoost, agingPerSecond, steps, slThresholdSeconds,
                slTargetPercent, maxWaitSeconds, overflowQueue, wrapUp, ringTimeout, shortAbandonSeconds, strategy);
    }

    int tierBoostOf(CustomerTier tier) {
        return tierBoost.getOrDefault(tier, 0);
    }
}
