package switchboard.routing.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import switchboard.routing.CustomerTier;

/** A seeded sequence of calls: the same seed and scenario always give the same trace. */
public record Trace(List<Arrival> arrivals) {

    /** One call: when, where, who, how long they talk and how long they would wait. */
    public record Arrival(long atMillis, String callId, String queue, CustomerTier tier, double valueScore,
            double churnRisk, double handleSeconds, double patienceSeconds) {
    }

    public static Trace generate(Scenario scenario, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Arrival> arrivals = new ArrayList<>();
        long end = Math.round(scenario.hours() * 3_600_000);
        // Sorted so that map iteration order cannot change the draws.
        for (Map.Entry<String, Double> queue : new TreeMap<>(scenario.arrivals()).entrySet()) {
            double perMilli = queue.getValue() / 3_600_000;
            double t = exponential(random, 1 / perMilli);
            while (t < end) {
                CustomerTier tier = tier(random, scenario.tierMix());
                arrivals.add(new Arrival((long) t, queue.getKey() + "-" + arrivals.size(), queue.getKey(), tier,
                        valueScore(random, tier), random.nextDouble() * 0.6,
                        handle(random, scenario.meanHandleSeconds(), scenario.handleCv()),
                        Double.isInfinite(scenario.meanPatienceSeconds()) ? Double.POSITIVE_INFINITY
                                : exponential(random, scenario.meanPatienceSeconds())));
                t += exponential(random, 1 / perMilli);
            }
        }
        arrivals.sort(Comparator.comparingLong(Arrival::atMillis).thenComparing(Arrival::callId));
        return new Trace(List.copyOf(arrivals));
    }

    private static CustomerTier tier(SplittableRandom random, Map<CustomerTier, Double> mix) {
        double draw = random.nextDouble();
        for (CustomerTier tier : CustomerTier.values()) {
            draw -= mix.getOrDefault(tier, 0.0);
            if (draw < 0) {
                return tier;
            }
        }
        return CustomerTier.BRONZE;
    }

    private static double valueScore(SplittableRandom random, CustomerTier tier) {
        return switch (tier) {
            case PLATINUM -> 95 + 5 * random.nextDouble();
            case GOLD -> 80 + 15 * random.nextDouble();
            case SILVER -> 50 + 30 * random.nextDouble();
            case BRONZE -> 50 * random.nextDouble();
            case UNKNOWN -> 0;
        };
    }

    private static double handle(SplittableRandom random, double mean, double cv) {
        if (cv == 1) {
            return exponential(random, mean);
        }
        double sigma2 = Math.log(1 + cv * cv);
        double mu = Math.log(mean) - sigma2 / 2;
        return Math.exp(mu + Math.sqrt(sigma2) * gaussian(random));
    }

    private static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
