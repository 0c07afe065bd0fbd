package switchboard.desktop.campaign;

import java.util.List;

/**
 * A campaign's compliance figures.
 *
 * @param abandonRate24hPercent abandoned ÷ answered by a person over the last 24 hours (UK rule), null without answers
 * @param abandonRate30dPercent the same over 30 days (US rule)
 * @param abandonTargetPercent the campaign's ceiling
 * @param callsOutsideWindow calls placed outside the calling window in the customer's local time, recomputed from the audit trail: must be 0
 * @param doNotCallBlocked dials refused because the number was on a do-not-call list
 * @param consentBlocked dials refused for lack of consent
 * @param decisions every decision in the audit trail
 * @param staleDoNotCallLists external do-not-call lists older than 31 days (US campaigns do not dial meanwhile)
 */
public record ComplianceReport(long campaignId, Double abandonRate24hPercent, Double abandonRate30dPercent,
        double abandonTargetPercent, long callsOutsideWindow, long doNotCallBlocked, long consentBlocked,
        long decisions, List<String> staleDoNotCallLists) {
}
