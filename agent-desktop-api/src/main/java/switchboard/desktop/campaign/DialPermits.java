package switchboard.desktop.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import switchboard.desktop.customer.Customer;
import switchboard.desktop.dnc.DncEntry;
import switchboard.desktop.dnc.DoNotCallList;

/**
 * The rules every dial passes, in this order: the campaign runs; the number is on no
 * do-not-call list and the customer has not asked not to be called; the customer consented to
 * phone calls; (US) no external do-not-call list is older than 31 days; attempts are left; the UK's 72-hour lockout after an abandoned call; the retry
 * time; the calling window in the customer's local time, never outside 08:00–21:00. Callers
 * must hold a transaction.
 */
@ApplicationScoped
public class DialPermits {

    private final DoNotCallList doNotCall;

    DialPermits(DoNotCallList doNotCall) {
        this.doNotCall = doNotCall;
    }

    /** The legal hours: a campaign's window must lie inside them. */
    public static final LocalTime EARLIEST = LocalTime.of(8, 0);
    public static final LocalTime LATEST = LocalTime.of(21, 0);
    /** UK: no repeat call this long after an abandoned call. */
    static final Duration ABANDON_LOCKOUT = Duration.ofHours(72);

    public Permit check(Campaign campaign, CampaignTarget target, Instant now) {
        ZonedDateTime local = now.atZone(ZoneId.of(target.timeZone));
        String localTime = local.toLocalDateTime().withNano(0) + " " + target.timeZone;
        if (campaign.status != Campaign.Status.RUNNING) {
            return Permit.notUntil(null, "campaign is " + campaign.status.name().toLowerCase(), localTime);
        }
        Customer customer = target.customerId == null ? null : Customer.findById(target.customerId);
        if (DncEntry.listed(target.phone) || customer != null && customer.doNotCall) {
            return Permit.never("on a do-not-call list", localTime);
        }
        if (customer != null && !customer.consentPhone) {
            return Permit.never("no consent to phone calls", localTime);
        }
        if (campaign.rules == Campaign.Rules.US) {
            Optional<String> stale = doNotCall.externalLists().stream().filter(DoNotCallList.ListInfo::stale)
                    .map(DoNotCallList.ListInfo::source).findFirst();
            if (stale.isPresent()) {
                return Permit.notUntil(null, "the do-not-call list '" + stale.get()
                        + "' is older than 31 days: import it anew", localTime);
            }
        }
        if (target.attempts >= campaign.maxAttempts) {
            return Permit.never("all " + campaign.maxAttempts + " attempts made", localTime);
        }
        if (campaign.rules == Campaign.Rules.UK) {
            DialAttempt abandoned = DialAttempt.find("phone = ?1 and abandoned = true and decidedAt > ?2 order by decidedAt desc",
                    target.phone, now.minus(ABANDON_LOCKOUT)).firstResult();
            if (abandoned != null) {
                return Permit.notUntil(abandoned.decidedAt.plus(ABANDON_LOCKOUT),
                        "an abandoned call less than 72 h ago (UK)", localTime);
            }
        }
        if (target.nextAttemptAt != null && target.nextAttemptAt.isAfter(now)) {
            return Permit.notUntil(target.nextAttemptAt, "retry not due", localTime);
        }
        return inWindow(campaign, local, localTime);
    }

    private static Permit inWindow(Campaign campaign, ZonedDateTime local, String localTime) {
        LocalTime start = later(campaign.windowStart, EARLIEST);
        LocalTime end = earlier(campaign.windowEnd, LATEST);
        LocalTime time = local.toLocalTime();
        if (!time.isBefore(start) && time.isBefore(end)) {
            return Permit.allow("in the calling window " + start + "–" + end + " local time", localTime);
        }
        ZonedDateTime next = time.isBefore(start) ? local.with(start) : local.plusDays(1).with(start);
        return Permit.notUntil(next.toInstant(), "outside the calling window " + start + "–" + end + " local time",
                localTime);
    }

    /** When 08:00–21:00 opens again in the zone, or empty while it is open. */
    public static Optional<Instant> legalWindowClosedUntil(ZoneId zone, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!time.isBefore(EARLIEST) && time.isBefore(LATEST)) {
            return Optional.empty();
        }
        return Optional.of((time.isBefore(EARLIEST) ? local.with(EARLIEST) : local.plusDays(1).with(EARLIEST)).toInstant());
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime earlier(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }
}
