package switchboard.desktop.report;

import java.util.List;
import java.util.Objects;

/**
 * One line per interval and queue or tier, and one ({@code ivr,all}) for the calls that ended in
 * the IVR; occupancy and the IVR's counts are the whole center's, repeated on each line.
 */
final class IntervalCsv {

    static final String HEADER = "interval_start,interval_end,group_type,group,offered,answered,abandoned,"
            + "short_abandoned,service_level_percent,asa_seconds,aht_seconds,occupancy_percent,contained_in_ivr,"
            + "callbacks_requested\n";

    private IntervalCsv() {
    }

    static String write(List<Interval> intervals) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (Interval interval : intervals) {
            interval.queues().forEach(g -> line(csv, interval, "queue", g));
            interval.tiers().forEach(g -> line(csv, interval, "tier", g));
            if (interval.containedInIvr() + interval.callbacksRequested() > 0) {
                line(csv, interval, "ivr", new GroupFigures("all", 0, 0, 0, 0, null, null, null));
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, Interval interval, String type, GroupFigures g) {
        csv.append(String.join(",", interval.start().toString(), interval.end().toString(), type, quoted(g.group()),
                String.valueOf(g.offered()), String.valueOf(g.answered()), String.valueOf(g.abandoned()),
                String.valueOf(g.shortAbandoned()), blank(g.serviceLevelPercent()), blank(g.asaSeconds()),
                blank(g.ahtSeconds()), blank(interval.occupancyPercent()), String.valueOf(interval.containedInIvr()),
                String.valueOf(interval.callbacksRequested()))).append('\n');
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String blank(Double value) {
        return Objects.toString(value, "");
    }
}
