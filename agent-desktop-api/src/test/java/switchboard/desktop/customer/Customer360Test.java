package switchboard.desktop.customer;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static switchboard.desktop.Api.as;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import switchboard.desktop.account.Account;
import switchboard.desktop.account.MonthlyUsage;
import switchboard.desktop.account.Purchase;
import switchboard.desktop.cases.SupportCase;
import switchboard.desktop.interaction.Interaction;

/** A customer with a known history: the 360 view must add it up exactly. */
@QuarkusTest
class Customer360Test {

    private static final Instant NOW = Instant.now();
    private long customerId;

    @BeforeEach
    void aCustomerWithHistory() {
        customerId = ((Number) as("supervisor").body(Map.of("firstName", "Rita", "lastName", "Levi", "language", "it",
                "segment", "SMALL_BUSINESS", "phones", List.of(Map.of("number", "+1 312 555 " + (1000 + (int) (Math.random() * 8999)))),
                "timeZone", "America/Chicago"))
                .post("/api/customers").then().statusCode(201).extract().path("id")).longValue();
        QuarkusTransaction.requiringNew().run(() -> {
            Account active = account("ACTIVE", "50.00");
            account("CANCELLED", "30.00");
            for (int daysAgo = 20; daysAgo <= 320; daysAgo += 30) {
                purchase(active.id, daysAgo, "50.00");
            }
            purchase(active.id, 400, "999.00");
            YearMonth thisMonth = YearMonth.now(ZoneOffset.UTC);
            for (int monthsAgo = 1; monthsAgo <= 6; monthsAgo++) {
                usage(active.id, thisMonth.minusMonths(monthsAgo), monthsAgo <= 3 ? 300 : 900);
            }
            supportCase(SupportCase.Kind.COMPLAINT, SupportCase.Status.OPEN, 20, LocalDate.now(ZoneOffset.UTC).minusDays(1));
            supportCase(SupportCase.Kind.REQUEST, SupportCase.Status.RESOLVED, 200, null);
            for (int call = 1; call <= 12; call++) {
                interaction(call);
            }
        });
        as("supervisor").post("/api/customers/" + customerId + "/score").then().statusCode(200);
    }

    @Test
    void the360AddsUpTheCustomersHistory() {
        JsonPath view = as("supervisor").get("/api/customers/" + customerId + "/360")
                .then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertAll(
                () -> org.junit.jupiter.api.Assertions.assertEquals("Levi", view.getString("customer.lastName")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(2, view.getList("accounts").size()),
                () -> org.junit.jupiter.api.Assertions.assertEquals(50.0, view.getDouble("monthlyRevenue"), 0.001),
                () -> org.junit.jupiter.api.Assertions.assertEquals(11, view.getInt("rfm.purchases12m")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(550.0, view.getDouble("rfm.monetary12m"), 0.001),
                () -> org.junit.jupiter.api.Assertions.assertEquals(20, view.getInt("rfm.daysSinceLastPurchase")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(10, view.getList("lastInteractions").size()),
                () -> org.junit.jupiter.api.Assertions.assertEquals("test-call-" + customerId + "-1",
                        view.getString("lastInteractions[0].callId")),
                () -> org.junit.jupiter.api.Assertions.assertEquals("Alice Morgan",
                        view.getString("lastInteractions[0].agent")),
                () -> org.junit.jupiter.api.Assertions.assertEquals("billing",
                        view.getString("lastInteractions[0].queue")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(1, view.getList("openCases").size()),
                () -> org.junit.jupiter.api.Assertions.assertEquals("COMPLAINT", view.getString("openCases[0].kind")),
                () -> org.junit.jupiter.api.Assertions.assertTrue(view.getBoolean("openCases[0].overdue")));
    }

    @Test
    void valueAndChurnComeWithTheFactorsThatProducedThem() {
        as("supervisor").get("/api/customers/" + customerId + "/360").then().statusCode(200)
                .body("value.tier", notNullValue())
                .body("value.factors.name", contains("monetary12m", "recency", "frequency", "expectedValue"))
                .body("value.factors[0].value", is(550.0))
                .body("churn.factors.name", contains("usageDecline", "openComplaints", "complaintsLast90Days", "lapsed"))
                .body("churn.factors[0].value", closeTo(0.6667, 0.001))
                .body("churn.factors[1].value", is(1.0))
                // z = -3 + 5 * 2/3 + 0.8 + 0.4 = 1.533
                .body("churn.risk", closeTo(0.822, 0.001))
                .body("customer.churnRisk", closeTo(0.822, 0.001))
                .body("customer.rfm", notNullValue())
                .body("lastInteractions", hasSize(10))
                .body("value.score", greaterThan(0.0));
    }

    private Account account(String status, String revenue) {
        Account account = new Account();
        account.customerId = customerId;
        account.accountNumber = String.valueOf(90_000_000L + customerId * 10 + Account.count("customerId", customerId));
        account.product = "Fiber 1G";
        account.monthlyRevenue = new BigDecimal(revenue);
        account.startDate = LocalDate.now(ZoneOffset.UTC).minusYears(2);
        account.status = Account.Status.valueOf(status);
        account.persist();
        return account;
    }

    private void purchase(long accountId, int daysAgo, String amount) {
        Purchase purchase = new Purchase();
        purchase.customerId = customerId;
        purchase.accountId = accountId;
        purchase.occurredAt = NOW.minus(daysAgo, ChronoUnit.DAYS).minusSeconds(60);
        purchase.amount = new BigDecimal(amount);
        purchase.kind = Purchase.Kind.INVOICE;
        purchase.persist();
    }

    private static void usage(long accountId, YearMonth month, int units) {
        MonthlyUsage usage = new MonthlyUsage();
        usage.accountId = accountId;
        usage.month = month.atDay(1);
        usage.units = units;
        usage.persist();
    }

    private void supportCase(SupportCase.Kind kind, SupportCase.Status status, int daysAgo, LocalDate due) {
        SupportCase c = new SupportCase();
        c.customerId = customerId;
        c.kind = kind;
        c.subject = kind + " raised " + daysAgo + " days ago";
        c.status = status;
        c.priority = SupportCase.Priority.HIGH;
        c.openedAt = NOW.minus(daysAgo, ChronoUnit.DAYS);
        c.dueDate = due;
        c.persist();
    }

    /** Call 1 is the newest. */
    private void interaction(int call) {
        Interaction i = new Interaction();
        i.callId = "test-call-" + customerId + "-" + call;
        i.direction = Interaction.Direction.INBOUND;
        i.customerId = customerId;
        i.agentId = 1L;
        i.queueId = 2L;
        i.offeredAt = NOW.minus(call, ChronoUnit.DAYS);
        i.answeredAt = i.offeredAt.plusSeconds(12);
        i.endedAt = i.answeredAt.plusSeconds(300);
        i.outcome = Interaction.Outcome.ANSWERED;
        i.disposition = "resolved";
        i.persist();
    }
}
