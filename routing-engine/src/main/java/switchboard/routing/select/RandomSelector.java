package switchboard.routing.select;

import java.util.SplittableRandom;

import switchboard.routing.CallRequest;

/** Any eligible agent, from a seeded generator, so runs repeat. */
final class RandomSelector implements AgentSelector {

    private final SplittableRandom random;

    RandomSelector(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int choose(CandidateBatch candidates, CallRequest call) {
        return random.nextInt(candidates.size());
    }

    @Override
    public double score(CandidateBatch candidates, int index, CallRequest call) {
        return 0;
    }

    @Override
    public String reason(CandidateBatch candidates, int chosen, CallRequest call) {
        return candidates.agentId(chosen) + ": drawn at random from " + candidates.size() + " eligible";
    }
}
