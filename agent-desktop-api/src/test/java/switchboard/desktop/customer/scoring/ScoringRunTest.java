package switchboard.desktop.customer.scoring;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static switchboard.desktop.Api.as;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import switchboard.desktop.customer.Customer;

/** A full scoring run over the demo population. */
@QuarkusTest
class ScoringRunTest {

    @Test
    void aFullRunPutsTheConfiguredSharesInEachTier() {
        as("admin").post("/api/scoring/runs").then().statusCode(200).body("customers", greaterThanOrEqualTo(10_000));
        QuarkusTransaction.requiringNew().run(() -> {
            double total = Customer.count();
            assertEquals(0.05, Customer.count("valueTier", ValueTier.PLATINUM) / total, 0.01);
            assertEquals(0.15, Customer.count("valueTier", ValueTier.GOLD) / total, 0.01);
            assertEquals(0.30, Customer.count("valueTier", ValueTier.SILVER) / total, 0.01);
            assertEquals(0.50, Customer.count("valueTier", ValueTier.BRONZE) / total, 0.01);
            assertEquals(0, Customer.count("scoredAt is null"));
        });
    }

    @Test
    void theDecliningCohortStandsOutAsChurnRisk() {
        QuarkusTransaction.requiringNew().run(() -> {
            double total = Customer.count();
            double atRisk = Customer.count("churnRisk >= 0.5") / total;
            assertTrue(atRisk > 0.05 && atRisk < 0.30, "share at risk " + atRisk);
        });
    }
}
