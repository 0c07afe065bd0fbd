package switchboard.desktop.campaign;

import java.time.Instant;

/**
 * A dial decision.
 *
 * @param allowed whether the number may be dialled now
 * @param reason why, in words, for the audit trail
 * @param localTime the customer's local time when decided
 * @param blockedForGood the number must never be dialled in this campaign (do-not-call, no consent)
 * @param notBefore when it may be tried again, if only the time is wrong; otherwise null
 */
public record Permit(boolean allowed, String reason, String localTime, boolean blockedForGood, Instant notBefore) {

    static Permit allow(String reason, String localTime) {
        return new Permit(true, reason, localTime, false, null);
    }

    static Permit never(String reason, String localTime) {
        return new Permit(false, reason, localTime, true, null);
    }

    static Permit notUntil(Instant when, String reason, String localTime) {
        return new Permit(false, reason, localTime, false, when);
    }
}
