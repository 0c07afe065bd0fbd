package switchboard.routing.kpi;

import java.util.HashMap;
import java.util.Map;

import switchboard.routing.kpi.RollingCounters.Field;

/**
 * Counts call outcomes per queue and per tier, and agent time for occupancy, over a rolling
 * window. Fed by the engine's thread. A call counts as offered once its outcome is known
 * (answered, or abandoned after the short-abandon threshold), so calls still waiting do not
 * drag the service level down before they have had their chance.
 */
public final class KpiTracker {

    private static final long BUCKET_MILLIS = 60_000;

    private final int windowMinutes;
    private final Map<String, RollingCounters> byQueue = new HashMap<>();
    private final Map<String, RollingCounters> byTier = new HashMap<>();
    private final RollingCounters agents;

    /** @param windowMinutes the length of the rolling window */
    public KpiTracker(int windowMinutes) {
        this.windowMinutes = windowMinutes;
        this.agents = new RollingCounters(BUCKET_MILLIS, windowMinutes);
    }

    public void answered(String queue, String tier, long now, long waitMillis, int slThresholdSeconds) {
        add(queue, tier, now, Field.OFFERED, 1);
        add(queue, tier, now, Field.ANSWERED, 1);
        add(queue, tier, now, Field.WAIT_MILLIS_ANSWERED, waitMillis);
        if (waitMillis <= slThresholdSeconds * 1000L) {
            add(queue, tier, now, Field.ANSWERED_IN_SL, 1);
        }
    }

    /** A caller hung up before an agent answered; a short abandon is not offered. */
    public void abandoned(String queue, String tier, long now, long waitMillis, int shortAbandonSeconds) {
        if (waitMillis < shortAbandonSeconds * 1000L) {
            add(queue, tier, now, Field.SHORT_ABANDONED, 1);
        } else {
            add(queue, tier, now, Field.OFFERED, 1);
            add(queue, tier, now, Field.ABANDONED, 1);
        }
    }

    public void handled(String queue, String tier, long now, long handleMillis) {
        add(queue, tier, now, Field.HANDLED, 1);
        add(queue, tier, now, Field.HANDLE_MILLIS, handleMillis);
    }

    /** Time an agent spent busy (reserved, on call, wrap-up) or available. */
    public void agentTime(boolean busy, long now, long millis) {
        agents.add(now, busy ? Field.BUSY_MILLIS : Field.AVAILABLE_MILLIS, millis);
    }

    public Kpis queue(String queue, long now) {
        return kpis(byQueue.get(queue), now);
    }

    public Kpis tier(String tier, long now) {
        return kpis(byTier.get(tier), now);
    }

    /** Busy time over busy plus available time in the window, 0–1; NaN with no staffed time. */
    public double occupancy(long now) {
        double busy = agents.sum(now, Field.BUSY_MILLIS);
        double staffed = busy + agents.sum(now, Field.AVAILABLE_MILLIS);
        return staffed == 0 ? Double.NaN : busy / staffed;
    }

    private void add(String queue, String tier, long now, Field field, long amount) {
        byQueue.computeIfAbsent(queue, q -> counters()).add(now, field, amount);
        byTier.computeIfAbsent(tier, t -> counters()).add(now, field, amount);
    }

    private RollingCounters counters() {
        return new RollingCounters(BUCKET_MILLIS, windowMinutes);
    }

    private static Kpis kpis(RollingCounters c, long now) {
        if (c == null) {
            return new Kpis(0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long offered = c.sum(now, Field.OFFERED);
        long answered = c.sum(now, Field.ANSWERED);
        long abandoned = c.sum(now, Field.ABANDONED);
        long handled = c.sum(now, Field.HANDLED);
        return new Kpis(offered, answered, abandoned, c.sum(now, Field.SHORT_ABANDONED),
                ratio(c.sum(now, Field.ANSWERED_IN_SL), offered), ratio(c.sum(now, Field.WAIT_MILLIS_ANSWERED), answered) / 1000,
                ratio(abandoned, offered), ratio(c.sum(now, Field.HANDLE_MILLIS), handled) / 1000);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
