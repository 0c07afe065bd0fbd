package switchboard.desktop.customer.scoring;

import java.util.List;

/** A customer's churn risk (probability 0–1) and the factors behind it. */
public record ChurnAssessment(double risk, List<Factor> factors) {
}
