package switchboard.desktop.supervisor;

import java.util.Map;

import switchboard.routing.AgentState;
import switchboard.routing.QueueSnapshot;
import switchboard.routing.kpi.Kpis;

/**
 * A queue now, for people: rates as percentages, times in seconds, and null where nothing has
 * been measured yet (no call offered, none answered).
 */
public record QueueStats(String queue, int waiting, double longestWaitSeconds, Map<AgentState, Integer> agentsByState,
        KpiView kpis, int slTargetPercent) {

    /** KPIs over the window. */
    public record KpiView(long offered, long answered, long abandoned, long shortAbandoned, Double serviceLevelPercent,
            Double asaSeconds, Double abandonRatePercent, Double ahtSeconds) {

        static KpiView of(Kpis k) {
            return new KpiView(k.offered(), k.answered(), k.abandoned(), k.shortAbandoned(), percent(k.serviceLevel()),
                    round(k.asaSeconds()), percent(k.abandonRate()), round(k.ahtSeconds()));
        }
    }

    static QueueStats of(QueueSnapshot s) {
        return new QueueStats(s.queue(), s.waiting(), Math.round(s.longestWaitSeconds() * 10) / 10.0,
                s.agentsByState(), KpiView.of(s.kpis()), s.slTargetPercent());
    }

    private static Double percent(double ratio) {
        return Double.isNaN(ratio) ? null : Math.round(ratio * 1000) / 10.0;
    }

    private static Double round(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 10) / 10.0;
    }
}
