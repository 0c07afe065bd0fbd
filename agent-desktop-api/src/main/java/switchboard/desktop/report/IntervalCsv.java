package switchboard.desktop.report;

import java.util.List;
import java.util.Objects;

/** One line per interval and queue or tier; occupancy is the whole center's, repeated on each. */
final class IntervalCsv {

    static final String HEADER = "interval_start,interval_end,group_type,group,offered,answered,abandoned,"
            + "short_abandoned,service_level_percent,asa_seconds,aht_seconds,occupancy_percent\n";

    private IntervalCsv() {
    }

    static String write(List<Interval> intervals) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (Interval interval : intervals) {
            interval.queues().forEach(g -> line(csv, interval, "queue", g));
            interval.tiers().forEach(g -> line(csv, interval, "tier", g));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, Interval interval, String type, GroupFigures g) {
        csv.append(String.join(",", interval.start().toString(), interval.end().toString(), type, quoted(g.group()),
                String.valueOf(g.offered()), String.valueOf(g.answered()), String.valueOf(g.abandoned()),
                String.valueOf(g.shortAbandoned()), blank(g.serviceLevelPercent()), blank(g.asaSeconds()),
                blank(g.ahtSeconds()), blank(interval.occupancyPercent()))).append('\n');
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String blank(Double value) {
        return Objects.toString(value, "");
    }
}
