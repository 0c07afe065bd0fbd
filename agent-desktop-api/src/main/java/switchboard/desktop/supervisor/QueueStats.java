package switchboard.desktop.supervisor;

import static switchboard.desktop.figures.Figures.oneDecimal;
import static switchboard.desktop.figures.Figures.percent;

import java.util.Map;

import switchboard.desktop.figures.Figures;
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
                    oneDecimal(k.asaSeconds()), percent(k.abandonRate()), oneDecimal(k.ahtSeconds()));
        }
    }

    static QueueStats of(QueueSnapshot s) {
        return new QueueStats(s.queue(), s.waiting(), Figures.round(s.longestWaitSeconds(), 1),
                s.agentsByState(), KpiView.of(s.kpis()), s.slTargetPercent());
    }
}
