package switchboard.routing.erlang;

/**
 * The distribution of {@code T_j = X_0 + ... + X_j} with independent {@code X_k ~ Exp(rates[k])}, for
 * every j at once, by uniformization: with {@code Λ ≥ max rate}, each Poisson(Λt) event advances
 * the current stage k with probability {@code rates[k]/Λ}.
 */
final class PhaseSums {

    private PhaseSums() {
    }

    /** {@code P(T_j ≤ t)} for j = 0 .. rates.length − 1. */
    static double[] cdfOfStageSums(double[] rates, double uniformRate, double t) {
        int stages = rates.length;
        double mean = uniformRate * t;
        int maxEvents = (int) Math.ceil(mean + 12 * Math.sqrt(mean) + 20);
        // reached[k] = P(after n events, at least k + 1 stages completed); state probabilities over
        // "stages completed" for a walk starting at 0, truncated at `stages`.
        double[] state = new double[stages + 1];
        state[0] = 1;
        double[] result = new double[stages];
        double poisson = Math.exp(-mean);
        double logPoisson = -mean;
        for (int n = 0; n <= maxEvents; n++) {
            double weight = mean > 600 ? Math.exp(logPoisson) : poisson;
            double completed = 0;
            for (int k = stages; k >= 1; k--) {
                completed += state[k];
                result[k - 1] += weight * completed;
            }
            double[] next = new double[stages + 1];
            for (int k = 0; k < stages; k++) {
                double advance = rates[k] / uniformRate;
                next[k] += state[k] * (1 - advance);
                next[k + 1] += state[k] * advance;
            }
            next[stages] += state[stages];
            state = next;
            poisson *= mean / (n + 1);
            logPoisson += Math.log(mean) - Math.log(n + 1);
        }
        return result;
    }
}
