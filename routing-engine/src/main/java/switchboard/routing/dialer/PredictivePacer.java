package switchboard.routing.dialer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Predictive pacing for one campaign: how many more calls to place now, so that the agents who
 * are free, or about to be, find a person on the line, while answered calls that find no agent
 * (abandons) stay under the target.
 *
 * <p>The dial rate follows what is observed: the answer rate over the last
 * {@value #OUTCOMES_REMEMBERED} dials (a prior of 30 % until then), and the agents free and
 * about to be free. A feedback factor corrects for what the estimate misses: it shrinks whenever
 * the abandon rate over the last {@value #ANSWERS_REMEMBERED} answers passes the target and
 * grows slowly while well under it. The campaign's own long-window rate (30 days in the US, 24 h
 * in the UK) is a hard limit: at or over the target, the pacer dials no more than one call per
 * free agent.
 *
 * <p>Not thread-safe: one dialer calls it.
 */
public final class PredictivePacer {

    static final int OUTCOMES_REMEMBERED = 200;
    static final int ANSWERS_REMEMBERED = 100;
    private static final double PRIOR_ANSWER_RATE = 0.3;
    private static final double MIN_ANSWER_RATE = 0.05;
    private static final double MAX_LINES_PER_AGENT = 3.0;

    private final double abandonTarget;
    private final Deque<Boolean> outcomes = new ArrayDeque<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();
    private int answeredInWindow;
    private int abandonedInWindow;
    private double adjust = 1.0;

    /** @param abandonTarget the ceiling of abandoned ÷ answered, e.g. 0.03 */
    public PredictivePacer(double abandonTarget) {
        if (abandonTarget <= 0 || abandonTarget >= 1) {
            throw new IllegalArgumentException("the abandon target is a fraction between 0 and 1");
        }
        this.abandonTarget = abandonTarget;
    }

    /**
     * How many calls to place now.
     *
     * @param agentsFree agents who could take a call this moment
     * @param agentsFreeingSoon agents expected free within a ring time (e.g. in wrap-up)
     * @param callsRinging calls placed and not yet answered or failed
     * @param longWindowAbandonRate the campaign's abandon rate over its compliance window (NaN if no answers yet)
     */
    public int callsToPlace(int agentsFree, int agentsFreeingSoon, int callsRinging, double longWindowAbandonRate) {
        if (agentsFree + agentsFreeingSoon == 0) {
            return 0;
        }
        if (longWindowAbandonRate >= abandonTarget) {
            return Math.max(0, agentsFree - callsRinging);
        }
        double p = answerRate();
        double wanted = (agentsFree + 0.5 * agentsFreeingSoon) * adjust;
        double expectedFromRinging = callsRinging * p;
        double lines = (wanted - expectedFromRinging) / p;
        double cap = (agentsFree + agentsFreeingSoon) * MAX_LINES_PER_AGENT - callsRinging;
        return (int) Math.max(0, Math.min(cap, Math.floor(lines)));
    }

    /** A call ended before anyone answered: busy, no answer, machine, failed. */
    public void notAnswered() {
        remember(outcomes, false, OUTCOMES_REMEMBERED);
    }

    /** A person answered; {@code abandoned} when no agent took them within 2 s. */
    public void answered(boolean abandoned) {
        remember(outcomes, true, OUTCOMES_REMEMBERED);
        if (remember(answers, abandoned, ANSWERS_REMEMBERED)) {
            abandonedInWindow--;
        }
        if (abandoned) {
            abandonedInWindow++;
        }
        answeredInWindow = answers.size();
        double recent = (double) abandonedInWindow / answeredInWindow;
        if (recent > abandonTarget) {
            adjust = Math.max(0.5, adjust * 0.85);
        } else if (recent < abandonTarget / 2) {
            adjust = Math.min(1.5, adjust * 1.02);
        }
    }

    /** The observed answer rate (a prior until there is enough to go on). */
    public double answerRate() {
        if (outcomes.size() < 20) {
            return PRIOR_ANSWER_RATE;
        }
        long answeredCount = outcomes.stream().filter(Boolean::booleanValue).count();
        return Math.max(MIN_ANSWER_RATE, (double) answeredCount / outcomes.size());
    }

    /** For the audit trail: what the pacer believes now. */
    public String state() {
        return String.format("predictive: answer rate %.0f %%, recent abandons %d of %d answers, adjust %.2f",
                answerRate() * 100, abandonedInWindow, answeredInWindow, adjust);
    }

    /** Adds a value, dropping the oldest past the limit; returns the dropped value (false when none). */
    private static boolean remember(Deque<Boolean> window, boolean value, int limit) {
        window.addLast(value);
        return window.size() > limit && window.removeFirst();
    }
}
