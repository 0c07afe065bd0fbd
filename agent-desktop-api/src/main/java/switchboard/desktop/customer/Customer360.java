package switchboard.desktop.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import switchboard.desktop.customer.scoring.Factor;
import switchboard.desktop.customer.scoring.ValueTier;

/**
 * Everything an agent needs about a customer on one page.
 *
 * @param customer the profile
 * @param value score, tier, RFM cell and the factors behind them, as of the last scoring
 * @param churn risk and its factors, as of the last scoring
 * @param rfm the purchase facts as of now
 * @param accounts every account, active first
 * @param monthlyRevenue the sum over active accounts
 * @param lastInteractions the most recent calls, newest first
 * @param openCases cases not yet resolved, most urgent first
 */
public record Customer360(CustomerView customer, Value value, Churn churn, Rfm rfm, List<AccountLine> accounts,
        BigDecimal monthlyRevenue, List<InteractionLine> lastInteractions, List<CaseLine> openCases) {

    /** Value as scored. */
    public record Value(Double score, ValueTier tier, String rfmCode, List<Factor> factors, Instant scoredAt) {
    }

    /** Churn risk as scored. */
    public record Churn(Double risk, List<Factor> factors) {
    }

    /** Recency, frequency and monetary value now. */
    public record Rfm(Integer daysSinceLastPurchase, int purchases12m, double monetary12m) {
    }

    /** A subscription. */
    public record AccountLine(String accountNumber, String product, BigDecimal monthlyRevenue, LocalDate startDate,
            String status) {
    }

    /** A past or current call. */
    public record InteractionLine(String callId, String direction, Instant offeredAt, String agent, String queue,
            String outcome, Integer talkSeconds, String disposition, String notes) {
    }

    /** An unresolved case. */
    public record CaseLine(long id, String kind, String subject, String status, String priority, Instant openedAt,
            LocalDate dueDate, boolean overdue) {
    }
}
