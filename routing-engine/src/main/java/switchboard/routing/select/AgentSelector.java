package switchboard.routing.select;

import switchboard.routing.CallRequest;
import switchboard.routing.Strategy;

/** Picks one candidate for a call. Called only by the engine's thread; may keep state (round robin). */
public interface AgentSelector {

    /** The index of the chosen candidate; {@code candidates} is never empty. */
    int choose(CandidateBatch candidates, CallRequest call);

    /** The candidate's score under this strategy (higher is better), for the explanation. */
    double score(CandidateBatch candidates, int index, CallRequest call);

    /** Why the chosen candidate won, in words. */
    String reason(CandidateBatch candidates, int chosen, CallRequest call);

    /** Tells a stateful strategy who took a call. */
    default void assigned(String agentId) {
    }

    /** A new selector for a strategy; {@code seed} feeds RANDOM. */
    static AgentSelector of(Strategy strategy, long seed) {
        return switch (strategy) {
            case VALUE_MATCHED -> new ValueMatchedSelector();
            case MOST_SKILLED -> new ScoringSelector("highest mean proficiency",
                    (c, i, call) -> c.meanProficiency(i) + Math.min(c.idleMillis(i), 3_600_000) / 3.6e9);
            case LONGEST_IDLE -> new ScoringSelector("available longest", (c, i, call) -> c.idleMillis(i));
            case LEAST_RECENT -> new ScoringSelector("last call ended longest ago",
                    (c, i, call) -> c.sinceLastCallMillis(i));
            case FEWEST_CALLS -> new ScoringSelector("fewest calls answered", (c, i, call) -> -c.callsAnswered(i));
            case LINEAR -> new ScoringSelector("first in order among the lowest penalty",
                    (c, i, call) -> -(5 - c.minProficiency(i)) * 1e12 - c.loginOrder(i));
            case RANDOM -> new RandomSelector(seed);
            case RR_MEMORY -> new RoundRobinSelector();
        };
    }
}
