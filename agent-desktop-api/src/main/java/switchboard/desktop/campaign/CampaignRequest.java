package switchboard.desktop.campaign;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import switchboard.desktop.customer.scoring.ValueTier;

/**
 * A campaign to create, with the segment its targets come from; worked by the agents who qualify
 * for {@code queue}, of {@code team} only when one is given. Left out: 3 attempts, retries
 * after 30 min (busy), 2 h (no answer), 4 h (machine), the window 08:00–21:00, US rules, a 3 %
 * abandon target, 20 s of ringing, no AMD false positives estimated (set one for UK rules).
 */
public record CampaignRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull Campaign.Mode mode,
        @NotBlank String queue,
        @Size(max = 100) String team,
        @NotBlank @Size(max = 20_000) String script,
        @NotBlank @Size(max = 500) String offer,
        @NotBlank @Size(max = 32) String callerId,
        @Min(1) @Max(10) Integer maxAttempts,
        @Min(1) Integer retryBusyMinutes,
        @Min(1) Integer retryNoAnswerMinutes,
        @Min(1) Integer retryMachineMinutes,
        LocalTime windowStart,
        LocalTime windowEnd,
        Campaign.Rules rules,
        @DecimalMin("0.1") @DecimalMax("3.0") BigDecimal abandonTargetPercent,
        @Min(value = 15, message = "must be at least 15: an unanswered call rings 15 s or more") @Max(60) Integer ringSeconds,
        @DecimalMin("0") @DecimalMax("100") BigDecimal amdFalsePositivePercent,
        @Valid Segment segment) {

    /**
     * Who to call: customers with at least this churn risk, in these value tiers (any when
     * empty), who consented to phone calls and are on no do-not-call list.
     */
    public record Segment(@DecimalMin("0") @DecimalMax("1") Double minChurnRisk, Set<ValueTier> tiers) {
    }
}
