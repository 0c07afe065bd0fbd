package switchboard.desktop.customer.scoring;

import java.util.List;

/** A customer's value: score (percentile 0–100), tier, RFM cell, and the factors behind them. */
public record ValueAssessment(double score, ValueTier tier, RfmScore rfm, List<Factor> factors) {
}
