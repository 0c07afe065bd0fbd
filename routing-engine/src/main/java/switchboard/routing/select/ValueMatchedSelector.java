package switchboard.routing.select;

import switchboard.routing.CallRequest;

/**
 * Switchboard's own strategy. Score = 0.35·proficiency + 0.35·value fit + 0.30·idle + 1·preferred,
 * where proficiency is the mean proficiency on the required skills over 5; value fit is
 * {@code 1 − |importance − proficiency|}, so the best agents go to the most valuable and at-risk
 * customers and are kept free of routine calls; idle is the time available, saturating at
 * five minutes, for fairness; preferred is 1 for the agent who last served the customer.
 */
final class ValueMatchedSelector extends ScoringSelector {

    static final double PROFICIENCY = 0.35;
    static final double VALUE_FIT = 0.35;
    static final double IDLE = 0.30;
    static final double PREFERRED = 1.0;
    static final double IDLE_SATURATION_MILLIS = 300_000;

    ValueMatchedSelector() {
        super("value-matched", ValueMatchedSelector::valueMatchedScore);
    }

    static double valueMatchedScore(CandidateBatch c, int i, CallRequest call) {
        double proficiency = c.meanProficiency(i) / 5;
        double valueFit = 1 - Math.abs(call.importance() - proficiency);
        double idle = Math.min(1, c.idleMillis(i) / IDLE_SATURATION_MILLIS);
        return PROFICIENCY * proficiency + VALUE_FIT * valueFit + IDLE * idle + (c.preferred(i) ? PREFERRED : 0);
    }

    @Override
    public String reason(CandidateBatch c, int chosen, CallRequest call) {
        if (c.preferred(chosen)) {
            return c.agentId(chosen) + " served this customer last (preferred agent)";
        }
        return c.agentId(chosen) + ": best value match of " + c.size() + " eligible (proficiency "
                + Math.round(c.meanProficiency(chosen) * 10) / 10.0 + "/5 for a call of importance "
                + Math.round(call.importance() * 100) / 100.0 + ", idle " + c.idleMillis(chosen) / 1000 + " s)";
    }
}
