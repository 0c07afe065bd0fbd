package switchboard.desktop.customer.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The population statistics one customer is scored against: RFM quintile cut points and the
 * distribution of expected value (as 1,001 quantiles, so a percentile is exact to 0.1).
 *
 * <p>Fitted on every customer by the full scoring run and stored, so that one customer can be
 * rescored on demand between runs without reading the whole population.
 *
 * @param recencyCuts days since last purchase at the 20th, 40th, 60th and 80th percentile
 * @param frequencyCuts purchases in 12 months at the same percentiles
 * @param monetaryCuts spend in 12 months at the same percentiles
 * @param expectedValueQuantiles expected value at every 0.1 percentile, ascending
 */
public record ValueModel(double[] recencyCuts, double[] frequencyCuts, double[] monetaryCuts,
        double[] expectedValueQuantiles) {

    private static final int QUANTILES = 1000;
    private static final double FULL_RECENCY_DAYS = 45;
    private static final double LAPSED_DAYS = 365;
    private static final double LAPSED_WEIGHT = 0.3;
    private static final double BASE_FREQUENCY_WEIGHT = 0.7;
    private static final int FULL_FREQUENCY = 12;

    /** Fits the model to a population; it must not be empty. */
    public static ValueModel fit(List<CustomerFacts> population) {
        if (population.isEmpty()) {
            throw new IllegalArgumentException("Cannot fit a value model to no customers");
        }
        List<CustomerFacts> purchasers = population.stream().filter(CustomerFacts::hasPurchased).toList();
        List<CustomerFacts> basis = purchasers.isEmpty() ? population : purchasers;
        return new ValueModel(
                quintileCuts(basis, f -> f.daysSinceLastPurchase()),
                quintileCuts(basis, CustomerFacts::purchases12m),
                quintileCuts(basis, CustomerFacts::monetary12m),
                quantiles(sorted(population, ValueModel::expectedValue), QUANTILES));
    }

    /** Monetary value weighted down for customers who buy rarely or have not bought lately. */
    public static double expectedValue(CustomerFacts facts) {
        return facts.monetary12m() * recencyWeight(facts) * frequencyWeight(facts);
    }

    /** The customer's value score, tier, RFM cell and the factors that produced them. */
    public ValueAssessment assess(CustomerFacts facts, TierPolicy tiers) {
        double expected = expectedValue(facts);
        double score = Math.round(percentile(expected) * 100) / 100.0;
        RfmScore rfm = new RfmScore(recencyScore(facts), 1 + rank(frequencyCuts, facts.purchases12m()),
                1 + rank(monetaryCuts, facts.monetary12m()));
        List<Factor> factors = List.of(
                new Factor("monetary12m", facts.monetary12m(), 1,
                        String.format(Locale.ROOT, "Spent %.2f in the last 12 months", facts.monetary12m())),
                new Factor("recency", facts.daysSinceLastPurchase(), recencyWeight(facts), facts.hasPurchased()
                        ? "Last purchase " + facts.daysSinceLastPurchase() + " days ago"
                        : "Has never purchased"),
                new Factor("frequency", facts.purchases12m(), frequencyWeight(facts),
                        facts.purchases12m() + " purchases in the last 12 months"),
                new Factor("expectedValue", expected, score,
                        String.format(Locale.ROOT, "Expected value %.2f, above %.1f %% of customers", expected,
                                score)));
        return new ValueAssessment(score, tiers.tierFor(score), rfm, factors);
    }

    /** Percentage (0–100) of the population whose expected value is at or below {@code value}. */
    double percentile(double value) {
        double[] q = expectedValueQuantiles;
        if (value < q[0]) {
            return 0;
        }
        if (value >= q[q.length - 1]) {
            return 100;
        }
        int upper = firstAbove(q, value);
        double low = q[upper - 1];
        double fraction = q[upper] == low ? 0 : (value - low) / (q[upper] - low);
        return 100.0 * (upper - 1 + fraction) / (q.length - 1);
    }

    private int recencyScore(CustomerFacts facts) {
        return facts.hasPurchased() ? 5 - rank(recencyCuts, facts.daysSinceLastPurchase()) : 1;
    }

    private static double recencyWeight(CustomerFacts facts) {
        int days = facts.daysSinceLastPurchase();
        if (days < 0) {
            return 0;
        }
        if (days <= FULL_RECENCY_DAYS) {
            return 1;
        }
        double lapsed = Math.min(1, (days - FULL_RECENCY_DAYS) / (LAPSED_DAYS - FULL_RECENCY_DAYS));
        return 1 - lapsed * (1 - LAPSED_WEIGHT);
    }

    private static double frequencyWeight(CustomerFacts facts) {
        return BASE_FREQUENCY_WEIGHT
                + (1 - BASE_FREQUENCY_WEIGHT) * Math.min(facts.purchases12m(), FULL_FREQUENCY) / FULL_FREQUENCY;
    }

    /** How many cut points lie strictly below {@code value}: 0 to 4. */
    private static int rank(double[] cuts, double value) {
        int rank = 0;
        for (double cut : cuts) {
            if (value > cut) {
                rank++;
            }
        }
        return rank;
    }

    private static int firstAbove(double[] ascending, double value) {
        int low = 0;
        int high = ascending.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ascending[mid] > value) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static double[] quintileCuts(List<CustomerFacts> population, ToDoubleFunction<CustomerFacts> metric) {
        double[] q = quantiles(sorted(population, metric), 5);
        return Arrays.copyOfRange(q, 1, 5);
    }

    private static double[] sorted(List<CustomerFacts> population, ToDoubleFunction<CustomerFacts> metric) {
        double[] values = population.stream().mapToDouble(metric).toArray();
        Arrays.sort(values);
        return values;
    }

    /** {@code steps + 1} evenly spaced quantiles, nearest rank, from the minimum to the maximum. */
    private static double[] quantiles(double[] ascending, int steps) {
        double[] q = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            q[i] = ascending[(int) Math.round((double) i * (ascending.length - 1) / steps)];
        }
        return q;
    }
}
