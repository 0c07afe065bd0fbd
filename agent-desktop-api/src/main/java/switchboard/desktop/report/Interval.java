package switchboard.desktop.report;

import java.time.Instant;
import java.util.List;

/**
 * Fifteen minutes of the call center.
 *
 * @param occupancyPercent of every agent together: time on calls (reserved, talking, wrap-up)
 *        over that plus time available; null when nobody was logged in and ready
 * @param containedInIvr calls finished in the IVR's self-service
 * @param callbacksRequested calls that booked a callback in the IVR instead of waiting
 */
public record Interval(Instant start, Instant end, Double occupancyPercent, List<GroupFigures> queues,
        List<GroupFigures> tiers, long containedInIvr, long callbacksRequested) {
}
