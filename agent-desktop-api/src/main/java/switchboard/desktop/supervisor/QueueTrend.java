package switchboard.desktop.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last hour of every queue, sampled every ten seconds, so a wallboard opened now can draw
 * its charts at once instead of starting from nothing. Thread-safe.
 */
final class QueueTrend {

    /** One queue at one moment: calls waiting and the service level over the KPI window. */
    record Point(int waiting, Double serviceLevelPercent) {
    }

    /** Every queue at one moment. */
    record Sample(Instant at, Map<String, Point> queues) {
    }

    static final Duration EVERY = Duration.ofSeconds(10);
    static final Duration KEPT = Duration.ofHours(1);

    private final Deque<Sample> samples = new ArrayDeque<>();
    private Instant last = Instant.MIN;

    /** Records the queues if a sample is due; returns the new sample, or null when none was due. */
    synchronized Sample offer(Instant now, List<QueueStats> queues) {
        if (Duration.between(last, now).compareTo(EVERY) < 0) {
            return null;
        }
        last = now;
        Map<String, Point> points = new LinkedHashMap<>();
        queues.forEach(q -> points.put(q.queue(), new Point(q.waiting(), q.kpis().serviceLevelPercent())));
        Sample sample = new Sample(now, points);
        samples.addLast(sample);
        while (!samples.isEmpty() && samples.peekFirst().at().isBefore(now.minus(KEPT))) {
            samples.removeFirst();
        }
        return sample;
    }

    /** Oldest first. */
    synchronized List<Sample> lastHour() {
        return List.copyOf(samples);
    }
}
