package switchboard.desktop.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import switchboard.desktop.supervisor.QueueAlerts.Alert;

/** A supervisor is told when a breach starts, not every second while it lasts. */
class QueueAlertsTest {

    private final QueueAlerts alerts = new QueueAlerts(120);

    @Test
    void aServiceLevelUnderTargetIsRaisedOnceAndAgainAfterRecovering() {
        assertEquals(List.of("billing/service-level"), rules(alerts.evaluate(List.of(queue("billing", 62.5, 10)))));
        assertTrue(alerts.evaluate(List.of(queue("billing", 61.0, 10))).isEmpty());
        assertTrue(alerts.evaluate(List.of(queue("billing", 85.0, 10))).isEmpty());
        List<Alert> again = alerts.evaluate(List.of(queue("billing", 70.0, 10)));
        assertEquals(List.of("billing/service-level"), rules(again));
        assertEquals("billing: service level 70.0 % is under its 80 % target", again.get(0).message());
    }

    @Test
    void aLongWaitIsRaisedPerQueue() {
        List<Alert> raised = alerts.evaluate(List.of(queue("sales", 90.0, 121), queue("billing", 90.0, 30)));
        assertEquals(List.of("sales/longest-wait"), rules(raised));
        assertEquals("sales: a caller has waited 121 s (over 120 s)", raised.get(0).message());
    }

    @Test
    void aQueueThatHasOfferedNothingHasNoServiceLevelToBreach() {
        assertTrue(alerts.evaluate(List.of(queue("retention", null, 0))).isEmpty());
    }

    private static List<String> rules(List<Alert> raised) {
        return raised.stream().map(a -> a.queue() + "/" + a.rule()).toList();
    }

    private static QueueStats queue(String name, Double serviceLevelPercent, double longestWait) {
        QueueStats.KpiView kpis = new QueueStats.KpiView(10, 8, 2, 0, serviceLevelPercent, 12.0, 20.0, 200.0);
        return new QueueStats(name, 1, longestWait, Map.of(), kpis, 80);
    }
}
