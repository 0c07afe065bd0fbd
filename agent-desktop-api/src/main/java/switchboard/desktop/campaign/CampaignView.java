package switchboard.desktop.campaign;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Map;

/**
 * A campaign with its progress.
 *
 * @param targets targets by status
 * @param dialed calls placed
 * @param answered calls a person picked up
 * @param answerRatePercent answered ÷ dialed, null before the first call
 * @param remaining targets still to be reached (pending or being dialled)
 * @param agentsFree agents of the campaign's queue available now (null when not asked)
 * @param abandonRatePercent abandoned ÷ answered over the campaign's compliance window (30 days US, 24 h UK)
 * @param agentsBusy agents of the campaign's queue reserved or on a call now (null when not asked)
 */
public record CampaignView(long id, String name, String status, String mode, String queue, String script,
        String offer, String callerId, int maxAttempts, LocalTime windowStart, LocalTime windowEnd, String rules,
        BigDecimal abandonTargetPercent, int ringSeconds, Map<String, Long> targets, long dialed, long answered,
        Double answerRatePercent, long remaining, Integer agentsFree, Double abandonRatePercent, Integer agentsBusy) {
}
