package switchboard.routing.select;

import java.util.Arrays;

/**
 * The eligible available agents for one decision, as parallel arrays. Reused between decisions
 * by the engine's single thread.
 */
public final class CandidateBatch {

    private int size;
    private String[] agentIds = new String[16];
    private double[] meanProficiency = new double[16];
    private int[] minProficiency = new int[16];
    private long[] idleMillis = new long[16];
    private long[] sinceLastCallMillis = new long[16];
    private int[] callsAnswered = new int[16];
    private long[] loginOrder = new long[16];
    private boolean[] preferred = new boolean[16];

    public void clear() {
        size = 0;
    }

    /** Adds a candidate; proficiencies are over the requirements in force. */
    @SuppressWarnings("java:S107") // one column per property: the point of a structure of arrays
    public void add(String agentId, double mean, int min, long idle, long sinceLastCall, int answered, long order,
            boolean isPreferred) {
        if (size == agentIds.length) {
            grow();
        }
        agentIds[size] = agentId;
        meanProficiency[size] = mean;
        minProficiency[size] = min;
        idleMillis[size] = idle;
        sinceLastCallMillis[size] = sinceLastCall;
        callsAnswered[size] = answered;
        loginOrder[size] = order;
        preferred[size] = isPreferred;
        size++;
    }

    public int size() {
        return size;
    }

    public String agentId(int i) {
        return agentIds[i];
    }

    public double meanProficiency(int i) {
        return meanProficiency[i];
    }

    public int minProficiency(int i) {
        return minProficiency[i];
    }

    public long idleMillis(int i) {
        return idleMillis[i];
    }

    public long sinceLastCallMillis(int i) {
        return sinceLastCallMillis[i];
    }

    public int callsAnswered(int i) {
        return callsAnswered[i];
    }

    /** The order in which agents first logged in: app_queue's member list order. */
    public long loginOrder(int i) {
        return loginOrder[i];
    }

    public boolean preferred(int i) {
        return preferred[i];
    }

    private void grow() {
        int n = agentIds.length * 2;
        agentIds = Arrays.copyOf(agentIds, n);
        meanProficiency = Arrays.copyOf(meanProficiency, n);
        minProficiency = Arrays.copyOf(minProficiency, n);
        idleMillis = Arrays.copyOf(idleMillis, n);
        sinceLastCallMillis = Arrays.copyOf(sinceLastCallMillis, n);
        callsAnswered = Arrays.copyOf(callsAnswered, n);
        loginOrder = Arrays.copyOf(loginOrder, n);
        preferred = Arrays.copyOf(preferred, n);
    }
}
