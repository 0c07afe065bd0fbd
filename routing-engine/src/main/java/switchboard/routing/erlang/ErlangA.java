package switchboard.routing.erlang;

import java.util.Arrays;

/**
 * Erlang A (M/M/N+M): Erlang C where each waiting caller gives up after an exponential patience
 * of mean {@code patienceSeconds}. Solved exactly on the birth–death chain of calls in the system
 * (truncated where the probability mass left is below 1e-12):
 * arrivals at rate λ, departures at {@code min(n,N)·μ + max(0,n−N)·θ}.
 *
 * <p>A caller arriving to find {@code j} callers waiting passes {@code j + 1} stages before an agent
 * takes them; stage {@code k} (k callers ahead) ends at rate {@code r = Nμ + kθ} by progress and
 * {@code θ} by their own abandonment, so they are served with probability {@code Π r/(r+θ)} and,
 * given that, wait the sum of exponentials of rates {@code r + θ}. The service level (answered
 * within t over offered) sums that over j; the sum's distribution comes from uniformization.
 */
public final class ErlangA {

    private static final double TAIL = 1e-12;
    private static final int MAX_QUEUE = 100_000;

    private final int agents;
    private final double arrivalRate;
    private final double serviceRate;
    private final double abandonRate;
    /** Stationary probability of exactly N + j calls in the system, j ≥ 0 (j callers waiting). */
    private final double[] waiting;
    private final double probabilityOfWaiting;

    /**
     * @param callsPerSecond arrival rate λ
     * @param ahtSeconds mean handle time 1/μ
     * @param patienceSeconds mean patience 1/θ
     * @param agents N
     */
    public ErlangA(double callsPerSecond, double ahtSeconds, double patienceSeconds, int agents) {
        this.agents = agents;
        this.arrivalRate = callsPerSecond;
        this.serviceRate = 1 / ahtSeconds;
        this.abandonRate = 1 / patienceSeconds;
        double load = arrivalRate / serviceRate;
        double[] belowN = new double[agents];
        double term = 1;
        double total = 0;
        for (int n = 0; n < agents; n++) {
            belowN[n] = term;
            total += term;
            term *= load / (n + 1);
        }
        double[] queue = new double[1024];
        int size = 0;
        double q = term;
        while (size < MAX_QUEUE) {
            if (size == queue.length) {
                queue = Arrays.copyOf(queue, size * 2);
            }
            queue[size++] = q;
            total += q;
            q *= arrivalRate / (agents * serviceRate + size * abandonRate);
            if (q < TAIL * total && size > 1) {
                break;
            }
        }
        waiting = new double[size];
        double waitingMass = 0;
        for (int j = 0; j < size; j++) {
            waiting[j] = queue[j] / total;
            waitingMass += waiting[j];
        }
        probabilityOfWaiting = waitingMass;
    }

    /** The probability that an arriving call finds every agent busy. */
    public double probabilityOfWaiting() {
        return probabilityOfWaiting;
    }

    /** Mean number of callers waiting. */
    public double meanQueueLength() {
        double mean = 0;
        for (int j = 1; j < waiting.length; j++) {
            mean += j * waiting[j];
        }
        return mean;
    }

    /** The probability that a caller abandons: θ · E[queue] / λ. */
    public double probabilityOfAbandoning() {
        return abandonRate * meanQueueLength() / arrivalRate;
    }

    /** Mean wait of the callers who are answered, in seconds. */
    public double asa() {
        double servedWaitSum = 0;
        double served = 1 - probabilityOfWaiting;
        double survive = 1;
        double meanTime = 0;
        for (int j = 0; j < waiting.length; j++) {
            double progress = agents * serviceRate + j * abandonRate;
            survive *= progress / (progress + abandonRate);
            meanTime += 1 / (progress + abandonRate);
            served += waiting[j] * survive;
            servedWaitSum += waiting[j] * survive * meanTime;
        }
        return servedWaitSum / served;
    }

    /** The share of all offered calls answered within {@code t} seconds. */
    public double serviceLevel(double t) {
        int stages = waiting.length;
        double[] rates = new double[stages];
        double fastest = 0;
        for (int k = 0; k < stages; k++) {
            rates[k] = agents * serviceRate + k * abandonRate + abandonRate;
            fastest = Math.max(fastest, rates[k]);
        }
        double[] doneBy = PhaseSums.cdfOfStageSums(rates, fastest, t);
        double answeredInTime = 1 - probabilityOfWaiting;
        double survive = 1;
        for (int j = 0; j < stages; j++) {
            double progress = rates[j] - abandonRate;
            survive *= progress / rates[j];
            answeredInTime += waiting[j] * survive * doneBy[j];
        }
        return answeredInTime;
    }

    /** The fewest agents whose service level at {@code t} reaches {@code target}. */
    public static int agentsFor(double callsPerSecond, double ahtSeconds, double patienceSeconds, double t,
            double target) {
        int n = 1;
        while (new ErlangA(callsPerSecond, ahtSeconds, patienceSeconds, n).serviceLevel(t) < target) {
            n++;
        }
        return n;
    }
}
