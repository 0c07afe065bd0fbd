package switchboard.pbxsim.traffic;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What callers to generate.
 *
 * @param callsPerMinute mean arrival rate (Poisson)
 * @param knownNumbers E.164 numbers of known customers
 * @param knownShare share of calls from a known number, 0–1
 * @param intents intent → weight, as the IVR would set SWB_INTENT
 * @param languages language → weight, as the IVR would set SWB_LANGUAGE
 * @param dnis the number callers dial
 * @param meanPatienceSeconds mean time a caller waits for an agent before hanging up (exponential)
 * @param meanTalkSeconds mean talk time once connected (exponential)
 * @param seed the random seed: the same seed gives the same callers
 */
public record TrafficProfile(double callsPerMinute, List<String> knownNumbers, double knownShare,
        Map<String, Double> intents, Map<String, Double> languages, String dnis, double meanPatienceSeconds,
        double meanTalkSeconds, long seed) {

    /**
     * Reads a profile from configuration, keys under {@code prefix}: {@code calls-per-minute},
     * {@code known-numbers} (comma-separated E.164), {@code known-share}, {@code intents} and
     * {@code languages} ({@code name:weight,...}), {@code dnis}, {@code mean-patience-seconds},
     * {@code mean-talk-seconds}, {@code seed}. A missing or malformed value is an error naming
     * the key.
     */
    public static TrafficProfile from(Properties config, String prefix) {
        return new TrafficProfile(number(config, prefix + "calls-per-minute"),
                list(config.getProperty(prefix + "known-numbers", "")), number(config, prefix + "known-share"),
                weights(config, prefix + "intents"), weights(config, prefix + "languages"),
                required(config, prefix + "dnis"), number(config, prefix + "mean-patience-seconds"),
                number(config, prefix + "mean-talk-seconds"), (long) number(config, prefix + "seed"));
    }

    private static String required(Properties config, String key) {
        String value = config.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("traffic setting " + key + " is missing");
        }
        return value.strip();
    }

    private static double number(Properties config, String key) {
        String value = required(config, key);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("traffic setting " + key + " must be a number, not '" + value + "'");
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static Map<String, Double> weights(Properties config, String key) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String entry : list(required(config, key))) {
            String[] pair = entry.split(":");
            try {
                weights.put(pair[0].strip(), pair.length > 1 ? Double.parseDouble(pair[1].strip()) : 1.0);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("traffic setting " + key + ": '" + entry + "' is not name:weight");
            }
        }
        return weights;
    }

    public TrafficProfile {
        knownNumbers = List.copyOf(knownNumbers);
        intents = Map.copyOf(intents);
        languages = Map.copyOf(languages);
        if (callsPerMinute <= 0 || intents.isEmpty()) {
            throw new IllegalArgumentException("traffic needs a positive rate and at least one intent");
        }
    }
}
