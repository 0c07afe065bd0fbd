package switchboard.desktop.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static switchboard.desktop.Api.PROBLEM_JSON;
import static switchboard.desktop.Api.as;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.agent.AgentStateChange;
import switchboard.desktop.customer.Customer;
import switchboard.desktop.customer.scoring.ValueTier;
import switchboard.desktop.interaction.Interaction;
import switchboard.desktop.interaction.Interaction.Outcome;
import switchboard.desktop.queue.RoutingQueue;

/**
 * Calls and agent states written on a quiet morning long ago, so nothing else lands in it: the
 * report adds them up per interval, queue and tier.
 */
@QuarkusTest
class IntervalReportTest {

    private static final String MORNING = "2021-03-02T09:";

    @BeforeEach
    void aQuietMorning() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Interaction.count("callId like ?1", "report:%") > 0) {
                return;
            }
            RoutingQueue billing = RoutingQueue.find("name", "billing").firstResult();
            Customer gold = Customer.find("valueTier", ValueTier.GOLD).firstResult();
            int threshold = billing.slThresholdSeconds;
            call("a", billing, gold.id, "00:10", Outcome.ANSWERED, threshold - 2, 300);
            call("b", billing, gold.id, "03:00", Outcome.ANSWERED, threshold + 10, 200);
            call("c", billing, null, "07:00", Outcome.ABANDONED, threshold + 30, null);
            call("d", billing, null, "08:00", Outcome.SHORT_ABANDONED, 2, null);
            call("e", billing, null, "20:00", Outcome.ANSWERED, 4, 100);
            long agent = Agent.<Agent>find("code", "1001").firstResult().id;
            state(agent, "AVAILABLE", "00:00");
            state(agent, "ON_CALL", "05:00");
            state(agent, "AVAILABLE", "10:00");
            state(agent, "LOGGED_OUT", "30:00");
        });
    }

    @Test
    void theMorningAddsUpPerQueueAndTier() {
        as("supervisor").queryParam("from", MORNING + "00:00Z").queryParam("to", MORNING + "30:00Z")
                .get("/api/reports/intervals").then().statusCode(200)
                .body("intervals", hasSize(2))
                .body("intervals[0].queues.find { it.group == 'billing' }.offered", equalTo(3))
                .body("intervals[0].queues.find { it.group == 'billing' }.answered", equalTo(2))
                .body("intervals[0].queues.find { it.group == 'billing' }.abandoned", equalTo(1))
                .body("intervals[0].queues.find { it.group == 'billing' }.shortAbandoned", equalTo(1))
                .body("intervals[0].queues.find { it.group == 'billing' }.serviceLevelPercent", equalTo(33.3))
                .body("intervals[0].queues.find { it.group == 'billing' }.ahtSeconds", equalTo(250.0))
                .body("intervals[0].tiers.find { it.group == 'GOLD' }.answered", equalTo(2))
                .body("intervals[0].tiers.find { it.group == 'UNKNOWN' }.abandoned", equalTo(1))
                .body("intervals[0].occupancyPercent", equalTo(33.3))
                .body("intervals[1].queues.find { it.group == 'billing' }.serviceLevelPercent", equalTo(100.0))
                .body("intervals[1].occupancyPercent", equalTo(0.0));
    }

    @Test
    void theSameAsCsvForSpreadsheets() {
        as("supervisor").accept("text/csv").queryParam("from", MORNING + "00:00Z").queryParam("to", MORNING + "15:00Z")
                .get("/api/reports/intervals").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith(IntervalCsv.HEADER))
                .body(containsString("2021-03-02T09:00:00Z,2021-03-02T09:15:00Z,queue,billing,3,2,1,1,33.3,"));
    }

    @Test
    void anIntervalWithoutCallsOrAgentsIsEmptyNotZero() {
        as("supervisor").queryParam("from", "2021-03-01T03:00:00Z").queryParam("to", "2021-03-01T03:15:00Z")
                .get("/api/reports/intervals").then().statusCode(200)
                .body("intervals[0].queues", hasSize(0))
                .body("intervals[0].occupancyPercent", nullValue());
    }

    @Test
    void aBadRangeIsExplainedAndAgentsMayNotReadReports() {
        as("supervisor").queryParam("from", "yesterday").get("/api/reports/intervals")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("from"));
        as("supervisor").queryParam("from", "2021-03-02T09:00:00Z").queryParam("to", "2021-05-02T09:00:00Z")
                .get("/api/reports/intervals").then().statusCode(400).body("errors[0].field", equalTo("to"));
        as("agent1001").get("/api/reports/intervals").then().statusCode(403);
    }

    private static void call(String id, RoutingQueue queue, Long customer, String offered, Outcome outcome,
            int waitSeconds, Integer talkSeconds) {
        Interaction i = new Interaction();
        i.callId = "report:" + id;
        i.direction = Interaction.Direction.INBOUND;
        i.queueId = queue.id;
        i.customerId = customer;
        i.offeredAt = Instant.parse(MORNING + offered + "Z");
        i.waitSeconds = waitSeconds;
        i.talkSeconds = talkSeconds;
        i.outcome = outcome;
        i.endedAt = i.offeredAt.plusSeconds(waitSeconds + (talkSeconds == null ? 0 : talkSeconds));
        i.persist();
    }

    private static void state(long agent, String state, String at) {
        AgentStateChange change = new AgentStateChange();
        change.agentId = agent;
        change.state = state;
        change.changedAt = Instant.parse(MORNING + at + "Z");
        change.persist();
    }
}
