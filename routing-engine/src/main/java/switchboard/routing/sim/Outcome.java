package switchboard.routing.sim;

/**
 * What happened to a group of calls (a queue or a tier).
 *
 * @param offered calls counted, short abandons excluded
 * @param answered answered by an agent
 * @param answeredInTime answered within the queue's service-level threshold
 * @param abandoned callers who gave up, short abandons excluded
 * @param waitSecondsAnswered total queue time of answered calls
 * @param proficiencyAnswered total mean proficiency (on the queue's skills) of the agents who answered
 */
public record Outcome(long offered, long answered, long answeredInTime, long abandoned, double waitSecondsAnswered,
        double proficiencyAnswered) {

    static final Outcome NONE = new Outcome(0, 0, 0, 0, 0, 0);

    /** How skilled, on average, the agents who answered were: 1 to 5. */
    public double meanAgentProficiency() {
        return answered == 0 ? Double.NaN : proficiencyAnswered / answered;
    }

    public double serviceLevel() {
        return offered == 0 ? Double.NaN : (double) answeredInTime / offered;
    }

    public double asaSeconds() {
        return answered == 0 ? Double.NaN : waitSecondsAnswered / answered;
    }

    public double abandonRate() {
        return offered == 0 ? Double.NaN : (double) abandoned / offered;
    }

    Outcome plus(Outcome o) {
        return new Outcome(offered + o.offered, answered + o.answered, answeredInTime + o.answeredInTime,
                abandoned + o.abandoned, waitSecondsAnswered + o.waitSecondsAnswered,
                proficiencyAnswered + o.proficiencyAnswered);
    }
}
