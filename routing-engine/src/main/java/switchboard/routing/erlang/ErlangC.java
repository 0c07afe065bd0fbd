package switchboard.routing.erlang;

/**
 * Erlang C. Load {@code A = λ · AHT} in Erlangs; {@code N} agents; needs {@code N > A}.
 * P(wait) comes from the Erlang B recursion (no factorials, stable for large N):
 * {@code B₀ = 1, Bₖ = A·Bₖ₋₁ / (k + A·Bₖ₋₁)}, {@code P_w = N·B_N / (N − A(1 − B_N))}.
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** Offered load in Erlangs: {@code calls} per {@code intervalSeconds}, each {@code ahtSeconds} long. */
    public static double load(double calls, double intervalSeconds, double ahtSeconds) {
        return calls / intervalSeconds * ahtSeconds;
    }

    /** Erlang B: the blocking probability of N servers at load A. */
    public static double erlangB(double load, int agents) {
        double b = 1;
        for (int k = 1; k <= agents; k++) {
            b = load * b / (k + load * b);
        }
        return b;
    }

    /** The probability that a call waits at all; 1 when the queue is unstable (N ≤ A). */
    public static double probabilityOfWaiting(double load, int agents) {
        if (agents <= load) {
            return 1;
        }
        double b = erlangB(load, agents);
        return agents * b / (agents - load * (1 - b));
    }

    /** The share of calls answered within {@code t} seconds. */
    public static double serviceLevel(double load, int agents, double ahtSeconds, double t) {
        if (agents <= load) {
            return 0;
        }
        return 1 - probabilityOfWaiting(load, agents) * Math.exp(-(agents - load) * t / ahtSeconds);
    }

    /** Average speed of answer in seconds; infinite when unstable. */
    public static double asa(double load, int agents, double ahtSeconds) {
        if (agents <= load) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting(load, agents) * ahtSeconds / (agents - load);
    }

    public static double occupancy(double load, int agents) {
        return Math.min(1, load / agents);
    }

    /** The fewest agents whose service level at {@code t} reaches {@code target} (0–1). */
    public static int agentsFor(double load, double ahtSeconds, double t, double target) {
        int agents = Math.max(1, (int) Math.floor(load) + 1);
        while (serviceLevel(load, agents, ahtSeconds, t) < target) {
            agents++;
        }
        return agents;
    }
}
