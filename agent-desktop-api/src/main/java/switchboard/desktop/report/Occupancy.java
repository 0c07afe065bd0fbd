package switchboard.desktop.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import switchboard.desktop.figures.Figures;

/**
 * Occupancy per interval from agents' state changes: each state lasts until the agent's next
 * change (or the end of the report), and is cut at interval boundaries. Handle time is reserved,
 * on a call and wrap-up; idle time is available; other states count as neither.
 */
final class Occupancy {

    /** An agent entered a state at a time. */
    record Change(long agentId, String state, Instant at) {
    }

    private static final Set<String> HANDLING = Set.of("RESERVED", "ON_CALL", "WRAP_UP");
    private static final String IDLE = "AVAILABLE";

    private final Instant from;
    private final Duration step;
    private final double[] handle;
    private final double[] idle;

    Occupancy(Instant from, Instant to, Duration step) {
        this.from = from;
        this.step = step;
        int intervals = (int) Duration.between(from, to).dividedBy(step);
        this.handle = new double[intervals];
        this.idle = new double[intervals];
    }

    /**
     * @param changes ordered by agent, then time; may start before {@code from}
     * @param end where the last state of each agent stops: the report's end, or now if sooner
     */
    void add(List<Change> changes, Instant end) {
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            boolean lastOfAgent = i + 1 == changes.size() || changes.get(i + 1).agentId() != change.agentId();
            Instant until = lastOfAgent ? end : changes.get(i + 1).at();
            if (HANDLING.contains(change.state())) {
                spread(handle, change.at(), until);
            } else if (IDLE.equals(change.state())) {
                spread(idle, change.at(), until);
            }
        }
    }

    /** Percent for interval {@code index}, or null without any ready time. */
    Double percent(int index) {
        return Figures.percent(handle[index] / (handle[index] + idle[index]));
    }

    private void spread(double[] seconds, Instant start, Instant until) {
        for (int index = Math.max(0, indexOf(start)); index < seconds.length; index++) {
            Instant bucketStart = from.plus(step.multipliedBy(index));
            Instant bucketEnd = bucketStart.plus(step);
            if (!bucketStart.isBefore(until)) {
                return;
            }
            Instant a = start.isAfter(bucketStart) ? start : bucketStart;
            Instant b = until.isBefore(bucketEnd) ? until : bucketEnd;
            if (b.isAfter(a)) {
                seconds[index] += Duration.between(a, b).toMillis() / 1000.0;
            }
        }
    }

    private int indexOf(Instant at) {
        return at.isBefore(from) ? 0 : (int) Duration.between(from, at).dividedBy(step);
    }
}
