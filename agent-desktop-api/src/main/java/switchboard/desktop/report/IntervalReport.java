package switchboard.desktop.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Builds 15-minute interval reports from the interactions and the agents' state changes. */
@ApplicationScoped
public class IntervalReport {

    static final Duration STEP = Duration.ofMinutes(15);

    /** Finished inbound calls, bucketed by when they were offered; {@code %s} is the grouping. */
    private static final String FIGURES = """
            select date_bin(cast('15 minutes' as interval), i.offered_at, timestamptz '2000-01-01 00:00:00+00'),
                   %s,
                   count(*) filter (where i.outcome <> 'SHORT_ABANDONED'),
                   count(*) filter (where i.outcome = 'ANSWERED'),
                   count(*) filter (where i.outcome = 'ABANDONED'),
                   count(*) filter (where i.outcome = 'SHORT_ABANDONED'),
                   count(*) filter (where i.outcome = 'ANSWERED' and i.wait_seconds <= q.sl_threshold_seconds),
                   coalesce(sum(i.wait_seconds) filter (where i.outcome = 'ANSWERED'), 0),
                   coalesce(sum(coalesce(i.talk_seconds, 0) + coalesce(i.hold_seconds, 0)
                       + coalesce(i.wrap_seconds, 0)) filter (where i.outcome = 'ANSWERED'), 0)
            from interaction i
            join routing_queue q on q.id = i.queue_id
            left join customer c on c.id = i.customer_id
            where i.direction = 'INBOUND' and i.offered_at >= ?1 and i.offered_at < ?2
              and i.outcome in ('ANSWERED', 'ABANDONED', 'SHORT_ABANDONED')
            group by 1, 2
            order by 1, 2
            """;

    /** Calls that ended in the IVR, by when they arrived. */
    private static final String IVR = """
            select date_bin(cast('15 minutes' as interval), i.offered_at, timestamptz '2000-01-01 00:00:00+00'),
                   count(*) filter (where i.outcome = 'CONTAINED_IN_IVR'),
                   count(*) filter (where i.outcome = 'CALLBACK_REQUESTED')
            from interaction i
            where i.direction = 'INBOUND' and i.offered_at >= ?1 and i.offered_at < ?2
              and i.outcome in ('CONTAINED_IN_IVR', 'CALLBACK_REQUESTED')
            group by 1
            """;

    /** Each agent's state at {@code from}, then every change until {@code to}. */
    private static final String STATE_CHANGES = """
            select agent_id, state, changed_at from (
                (select distinct on (agent_id) agent_id, state, changed_at from agent_state_change
                 where changed_at < ?1 order by agent_id, changed_at desc)
                union all
                (select agent_id, state, changed_at from agent_state_change
                 where changed_at >= ?1 and changed_at < ?2)
            ) changes
            order by agent_id, changed_at
            """;

    private final Clock clock;

    IntervalReport(Clock clock) {
        this.clock = clock;
    }

    /** The intervals in {@code [from, to)}; both on 15-minute boundaries. */
    @Transactional
    public List<Interval> between(Instant from, Instant to) {
        Map<Instant, List<GroupFigures>> queues = figures("q.name", from, to);
        Map<Instant, List<GroupFigures>> tiers = figures("coalesce(c.value_tier, 'UNKNOWN')", from, to);
        Map<Instant, long[]> ivr = new LinkedHashMap<>();
        rows(IVR, from, to).forEach(r -> ivr.put(instant(r[0]), new long[] { count(r[1]), count(r[2]) }));
        Occupancy occupancy = new Occupancy(from, to, STEP);
        Instant now = clock.instant();
        occupancy.add(stateChanges(from, to), now.isBefore(to) ? now : to);
        List<Interval> intervals = new ArrayList<>();
        int index = 0;
        for (Instant start = from; start.isBefore(to); start = start.plus(STEP), index++) {
            long[] endedInIvr = ivr.getOrDefault(start, new long[2]);
            intervals.add(new Interval(start, start.plus(STEP), occupancy.percent(index),
                    queues.getOrDefault(start, List.of()), tiers.getOrDefault(start, List.of()), endedInIvr[0],
                    endedInIvr[1]));
        }
        return intervals;
    }

    private static Map<Instant, List<GroupFigures>> figures(String grouping, Instant from, Instant to) {
        List<Object[]> rows = rows(FIGURES.formatted(grouping), from, to);
        Map<Instant, List<GroupFigures>> byStart = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byStart.computeIfAbsent(instant(r[0]), start -> new ArrayList<>()).add(GroupFigures.of((String) r[1],
                    count(r[2]), count(r[3]), count(r[4]), count(r[5]), count(r[6]), count(r[7]), count(r[8])));
        }
        return byStart;
    }

    private static List<Occupancy.Change> stateChanges(Instant from, Instant to) {
        return rows(STATE_CHANGES, from, to).stream()
                .map(r -> new Occupancy.Change(count(r[0]), (String) r[1], instant(r[2])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, Instant from, Instant to) {
        return Panache.getEntityManager().createNativeQuery(sql)
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
