package switchboard.desktop.supervisor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides which alerts to raise: a queue whose service level is under its target (once calls
 * have been offered) or whose longest wait is over the threshold. An alert is raised when a
 * breach starts, not again while it lasts, and again if it ends and starts anew. Not thread-safe:
 * one feed owns it.
 */
final class QueueAlerts {

    /** One alert: which queue, which rule, and what a supervisor reads. */
    record Alert(String queue, String rule, String message) {
    }

    private final double longestWaitSeconds;
    private final Set<String> breaching = new HashSet<>();

    QueueAlerts(double longestWaitSeconds) {
        this.longestWaitSeconds = longestWaitSeconds;
    }

    List<Alert> evaluate(List<QueueStats> queues) {
        List<Alert> raised = new ArrayList<>();
        for (QueueStats q : queues) {
            Double sl = q.kpis().serviceLevelPercent();
            check(raised, q.queue(), "service-level", sl != null && sl < q.slTargetPercent(),
                    () -> q.queue() + ": service level " + sl + " % is under its " + q.slTargetPercent() + " % target");
            check(raised, q.queue(), "longest-wait", q.longestWaitSeconds() > longestWaitSeconds,
                    () -> q.queue() + ": a caller has waited " + Math.round(q.longestWaitSeconds()) + " s (over "
                            + Math.round(longestWaitSeconds) + " s)");
        }
        return raised;
    }

    private void check(List<Alert> raised, String queue, String rule, boolean breach,
            Supplier<String> message) {
        String key = queue + "/" + rule;
        if (breach && breaching.add(key)) {
            raised.add(new Alert(queue, rule, message.get()));
        } else if (!breach) {
            breaching.remove(key);
        }
    }
}
