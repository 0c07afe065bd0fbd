package switchboard.routing.sim;

import java.util.List;
import java.util.Map;

import switchboard.routing.CustomerTier;
import switchboard.routing.QueueConfig;

/**
 * What to simulate.
 *
 * @param queues the queues
 * @param arrivals calls per hour into each queue
 * @param agents who works, with which skills
 * @param hours how long calls arrive
 * @param warmupHours calls arriving before this are handled but not counted
 * @param tierMix the share of callers in each tier (sums to 1)
 * @param meanHandleSeconds mean talk time
 * @param handleCv coefficient of variation of talk time: 1 for exponential, else lognormal
 * @param meanPatienceSeconds mean (exponential) patience; infinite for callers who never give up
 */
public record Scenario(List<QueueConfig> queues, Map<String, Double> arrivals, List<AgentSpec> agents, double hours,
        double warmupHours, Map<CustomerTier, Double> tierMix, double meanHandleSeconds, double handleCv,
        double meanPatienceSeconds) {

    /** An agent and their skills. */
    public record AgentSpec(String id, Map<String, Integer> skills) {
    }

    public Scenario {
        queues = List.copyOf(queues);
        arrivals = Map.copyOf(arrivals);
        agents = List.copyOf(agents);
        tierMix = Map.copyOf(tierMix);
    }
}
