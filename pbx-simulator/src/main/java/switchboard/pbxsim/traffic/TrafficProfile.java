package switchboard.pbxsim.traffic;

import java.util.List;
import java.util.Map;

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

    public TrafficProfile {
        knownNumbers = List.copyOf(knownNumbers);
        intents = Map.copyOf(intents);
        languages = Map.copyOf(languages);
        if (callsPerMinute <= 0 || intents.isEmpty()) {
            throw new IllegalArgumentException("traffic needs a positive rate and at least one intent");
        }
    }
}
