package switchboard.routing.kpi;

/**
 * Sums over the last {@code buckets × bucketMillis}, kept in a ring of buckets: O(1) to add, O(buckets)
 * to read. Single-threaded.
 */
final class RollingCounters {

    /** What is counted per bucket. */
    enum Field {
        OFFERED, ANSWERED, ANSWERED_IN_SL, ABANDONED, SHORT_ABANDONED, WAIT_MILLIS_ANSWERED, HANDLED, HANDLE_MILLIS,
        BUSY_MILLIS, AVAILABLE_MILLIS
    }

    private final long bucketMillis;
    private final long[][] counts;
    private final long[] bucketStart;

    RollingCounters(long bucketMillis, int buckets) {
        this.bucketMillis = bucketMillis;
        this.counts = new long[buckets][Field.values().length];
        this.bucketStart = new long[buckets];
        java.util.Arrays.fill(bucketStart, Long.MIN_VALUE);
    }

    void add(long now, Field field, long amount) {
        long start = now - Math.floorMod(now, bucketMillis);
        int index = (int) Math.floorMod(start / bucketMillis, (long) counts.length);
        if (bucketStart[index] != start) {
            bucketStart[index] = start;
            java.util.Arrays.fill(counts[index], 0);
        }
        counts[index][field.ordinal()] += amount;
    }

    long sum(long now, Field field) {
        long oldest = now - Math.floorMod(now, bucketMillis) - (counts.length - 1) * bucketMillis;
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            if (bucketStart[i] >= oldest && bucketStart[i] <= now) {
                total += counts[i][field.ordinal()];
            }
        }
        return total;
    }
}
