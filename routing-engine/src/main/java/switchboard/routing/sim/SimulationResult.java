package switchboard.routing.sim;

import java.util.Map;

import switchboard.routing.CustomerTier;

/** Outcomes per queue, per tier and overall. */
public record SimulationResult(Map<String, Outcome> byQueue, Map<CustomerTier, Outcome> byTier, Outcome overall) {
}
