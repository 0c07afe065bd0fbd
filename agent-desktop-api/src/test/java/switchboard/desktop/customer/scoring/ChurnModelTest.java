package switchboard.desktop.customer.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChurnModelTest {

    private static CustomerFacts facts(long recentUsage, long priorUsage, int openComplaints, int recentComplaints,
            int daysSincePurchase) {
        return new CustomerFacts(1, 600, 12, daysSincePurchase, recentUsage, priorUsage, openComplaints,
                recentComplaints);
    }

    @Test
    void aSteadyCustomerWithoutComplaintsIsLowRisk() {
        assertEquals(0.047, ChurnModel.assess(facts(900, 900, 0, 0, 10)).risk(), 0.001);
    }

    @Test
    void halvedUsageRaisesTheRiskAndAComplaintRaisesItFurther() {
        double halved = ChurnModel.assess(facts(450, 900, 0, 0, 10)).risk();
        double halvedAndComplaining = ChurnModel.assess(facts(450, 900, 1, 1, 10)).risk();
        assertEquals(0.378, halved, 0.001);
        assertTrue(halvedAndComplaining > halved);
        assertEquals(0.668, halvedAndComplaining, 0.001);
    }

    @Test
    void aCustomerWhoStoppedUsingAndBuyingIsNearlyCertainToLeave() {
        ChurnAssessment churn = ChurnModel.assess(facts(0, 900, 2, 2, 200));
        assertTrue(churn.risk() > 0.95, "risk " + churn.risk());
        assertEquals(1.0, churn.factors().get(0).value());
        assertEquals(1.0, churn.factors().get(3).value());
    }

    @Test
    void risingUsageIsNotADecline() {
        ChurnAssessment churn = ChurnModel.assess(facts(1200, 900, 0, 0, 10));
        assertEquals(0.0, churn.factors().get(0).value());
        assertTrue(churn.factors().get(0).description().contains("not declining"));
    }

    @Test
    void eachFactorsEffectIsItsContributionToTheLogOdds() {
        ChurnAssessment churn = ChurnModel.assess(facts(450, 900, 1, 0, 10));
        double z = -3 + churn.factors().stream().mapToDouble(Factor::effect).sum();
        assertEquals(1 / (1 + Math.exp(-z)), churn.risk(), 0.001);
    }
}
