package switchboard.routing;

import java.util.Map;

import switchboard.routing.kpi.Kpis;

/**
 * A queue now.
 *
 * @param queue the queue
 * @param waiting calls waiting
 * @param longestWaitSeconds the current wait of the oldest waiting call
 * @param agentsByState logged-in agents who can serve the queue, by state
 * @param kpis the KPIs over the rolling window
 * @param slTargetPercent the queue's service level target
 */
public record QueueSnapshot(String queue, int waiting, double longestWaitSeconds, Map<AgentState, Integer> agentsByState,
        Kpis kpis, int slTargetPercent) {
}
