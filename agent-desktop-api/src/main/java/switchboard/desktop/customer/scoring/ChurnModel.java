package switchboard.desktop.customer.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Churn risk as a logistic model: {@code risk = 1 / (1 + e^-z)} with
 * {@code z = -3 + 5·decline + 0.8·openComplaints + 0.4·complaintsLast90Days + 1·lapsed}, where
 * {@code decline} is the fall of usage in the last three months against the three before (0 for
 * flat or rising usage, 1 for usage that stopped) and {@code lapsed} is 1 when a customer who
 * used to buy has not purchased for 90 days.
 *
 * <p>A steady customer with no complaints scores about 0.05; usage halved scores 0.38; halved
 * usage with one open complaint opened over 90 days ago 0.57. Each term is reported as a factor whose effect is its
 * contribution to {@code z}.
 */
public final class ChurnModel {

    private static final double INTERCEPT = -3.0;
    private static final double DECLINE_WEIGHT = 5.0;
    private static final double OPEN_COMPLAINT_WEIGHT = 0.8;
    private static final double RECENT_COMPLAINT_WEIGHT = 0.4;
    private static final double LAPSED_WEIGHT = 1.0;
    private static final int LAPSED_DAYS = 90;

    private ChurnModel() {
    }

    public static ChurnAssessment assess(CustomerFacts facts) {
        double decline = usageDecline(facts);
        boolean lapsed = facts.hasPurchased() && facts.daysSinceLastPurchase() > LAPSED_DAYS;
        List<Factor> factors = new ArrayList<>();
        factors.add(new Factor("usageDecline", decline, DECLINE_WEIGHT * decline, String.format(Locale.ROOT,
                "Usage %d units in the last 3 months against %d in the 3 before (%s)", facts.usageLast3Months(),
                facts.usagePrior3Months(), decline > 0 ? String.format(Locale.ROOT, "down %.0f %%", decline * 100)
                        : "not declining")));
        factors.add(new Factor("openComplaints", facts.openComplaints(),
                OPEN_COMPLAINT_WEIGHT * facts.openComplaints(), facts.openComplaints() + " open complaints"));
        factors.add(new Factor("complaintsLast90Days", facts.complaintsLast90Days(),
                RECENT_COMPLAINT_WEIGHT * facts.complaintsLast90Days(),
                facts.complaintsLast90Days() + " complaints in the last 90 days"));
        factors.add(new Factor("lapsed", lapsed ? 1 : 0, lapsed ? LAPSED_WEIGHT : 0,
                lapsed ? "No purchase for over " + LAPSED_DAYS + " days" : "Not lapsed"));
        double z = INTERCEPT + factors.stream().mapToDouble(Factor::effect).sum();
        double risk = Math.round(1000 / (1 + Math.exp(-z))) / 1000.0;
        return new ChurnAssessment(risk, List.copyOf(factors));
    }

    private static double usageDecline(CustomerFacts facts) {
        if (facts.usagePrior3Months() <= 0) {
            return 0;
        }
        double ratio = (double) facts.usageLast3Months() / facts.usagePrior3Months();
        return Math.max(0, Math.min(1, 1 - ratio));
    }
}
