package switchboard.routing.select;

import switchboard.routing.CallRequest;

/** Takes the highest score; equal scores go to the lowest agent id. */
class ScoringSelector implements AgentSelector {

    /** A candidate's score. */
    @FunctionalInterface
    interface Score {
        double of(CandidateBatch candidates, int index, CallRequest call);
    }

    private final String rule;
    private final Score score;

    ScoringSelector(String rule, Score score) {
        this.rule = rule;
        this.score = score;
    }

    @Override
    public int choose(CandidateBatch candidates, CallRequest call) {
        int best = 0;
        double bestScore = score(candidates, 0, call);
        for (int i = 1; i < candidates.size(); i++) {
            double s = score(candidates, i, call);
            if (s > bestScore || s == bestScore && candidates.agentId(i).compareTo(candidates.agentId(best)) < 0) {
                best = i;
                bestScore = s;
            }
        }
        return best;
    }

    @Override
    public double score(CandidateBatch candidates, int index, CallRequest call) {
        return score.of(candidates, index, call);
    }

    @Override
    public String reason(CandidateBatch candidates, int chosen, CallRequest call) {
        return candidates.agentId(chosen) + ": " + rule + " of " + candidates.size() + " eligible";
    }
}
