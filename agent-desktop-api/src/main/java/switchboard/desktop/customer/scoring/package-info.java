/**
 * What each customer is worth and how likely they are to leave, with the factors behind both.
 *
 * <p><b>Value.</b> From the last 12 months of purchases: recency, frequency and monetary value
 * (RFM). Expected value = monetary × recency weight × frequency weight. The value score is the
 * customer's percentile (0–100) of expected value in the population of the last full scoring
 * run ({@link switchboard.desktop.customer.scoring.ValueModel}); the tier follows from the score
 * with configurable shares (PLATINUM top 5 %, GOLD next 15 %, SILVER next 30 %, BRONZE the rest).
 * RFM quintile codes (5 best) are kept beside it for segmentation.
 *
 * <p><b>Churn risk.</b> A logistic model over usage decline (last three months against the three
 * before), open complaints, complaints in the last 90 days and lapsed purchasing; see
 * {@link switchboard.desktop.customer.scoring.ChurnModel}.
 *
 * <p>The models are plain classes; {@link switchboard.desktop.customer.scoring.ScoringService}
 * gathers facts with SQL and stores the results, nightly and on demand.
 */
package switchboard.desktop.customer.scoring;
