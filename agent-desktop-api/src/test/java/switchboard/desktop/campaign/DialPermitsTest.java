package switchboard.desktop.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import switchboard.desktop.customer.Customer;
import switchboard.desktop.dnc.DncEntry;

/** The rules before every dial, decided at given instants in the customer's local time. */
@QuarkusTest
class DialPermitsTest {

    /** 2026-11-23 07:30 in New York (EST, UTC−5). */
    private static final Instant BEFORE_EIGHT_IN_NEW_YORK = Instant.parse("2026-11-23T12:30:00Z");

    @Inject
    DialPermits permits;

    private static Campaign running(Campaign.Rules rules) {
        Campaign c = new Campaign();
        c.status = Campaign.Status.RUNNING;
        c.maxAttempts = 3;
        c.windowStart = LocalTime.of(8, 0);
        c.windowEnd = LocalTime.of(21, 0);
        c.rules = rules;
        c.abandonTargetPercent = new BigDecimal("3.0");
        return c;
    }

    private static CampaignTarget target(String phone, String zone) {
        CampaignTarget t = new CampaignTarget();
        t.phone = phone;
        t.timeZone = zone;
        return t;
    }

    private Permit check(Campaign c, CampaignTarget t, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> permits.check(c, t, at));
    }

    @Test
    void callsHappenOnlyBetweenEightAndNineInTheCustomersLocalTime() {
        Campaign campaign = running(Campaign.Rules.US);
        CampaignTarget newYork = target("+12125550111", "America/New_York");
        Permit early = check(campaign, newYork, BEFORE_EIGHT_IN_NEW_YORK);
        assertFalse(early.allowed());
        assertEquals(Instant.parse("2026-11-23T13:00:00Z"), early.notBefore(), "08:00 in New York");
        assertEquals("2026-11-23T07:30 America/New_York", early.localTime());
        assertTrue(check(campaign, newYork, Instant.parse("2026-11-23T13:00:00Z")).allowed());
        Permit late = check(campaign, newYork, Instant.parse("2026-11-24T02:00:00Z"));
        assertFalse(late.allowed(), "21:00 is already too late");
        assertEquals(Instant.parse("2026-11-24T13:00:00Z"), late.notBefore());
        assertTrue(check(campaign, target("+441632960111", "Europe/London"), BEFORE_EIGHT_IN_NEW_YORK).allowed(),
                "12:30 in London");

        campaign.windowStart = LocalTime.of(10, 0);
        campaign.windowEnd = LocalTime.of(12, 0);
        assertFalse(check(campaign, newYork, Instant.parse("2026-11-23T14:30:00Z")).allowed(), "09:30, a narrower window");
    }

    @Test
    void doNotCallAndMissingConsentBlockForGood() {
        Campaign campaign = running(Campaign.Rules.US);
        QuarkusTransaction.requiringNew().run(() -> {
            DncEntry entry = new DncEntry();
            entry.phone = "+12125550122";
            entry.source = "national-registry-2026-11";
            entry.addedAt = Instant.now();
            entry.persist();
        });
        Permit listed = check(campaign, target("+12125550122", "America/New_York"), Instant.parse("2026-11-23T15:00:00Z"));
        assertFalse(listed.allowed());
        assertTrue(listed.blockedForGood());
        assertEquals("on a do-not-call list", listed.reason());

        CampaignTarget noConsent = target("+12125550133", "America/New_York");
        noConsent.customerId = QuarkusTransaction.requiringNew()
                .call(() -> Customer.<Customer>find("consentPhone = false and doNotCall = false").firstResult().id);
        Permit refused = check(campaign, noConsent, Instant.parse("2026-11-23T15:00:00Z"));
        assertTrue(refused.blockedForGood());
        assertEquals("no consent to phone calls", refused.reason());
    }

    @Test
    void afterAnAbandonedCallUkRulesWaitSeventyTwoHours() {
        Instant abandonedAt = Instant.parse("2026-11-23T10:00:00Z");
        long campaignId = Campaigns.create("UK lockout", "PROGRESSIVE");
        QuarkusTransaction.requiringNew().run(() -> {
            DialAttempt attempt = new DialAttempt();
            attempt.campaignId = campaignId;
            attempt.phone = "+442079460144";
            attempt.decidedAt = abandonedAt;
            attempt.allowed = true;
            attempt.reason = "test";
            attempt.abandoned = true;
            attempt.persist();
        });
        CampaignTarget london = target("+442079460144", "Europe/London");
        Instant nextDay = abandonedAt.plus(Duration.ofHours(26));
        Permit uk = check(running(Campaign.Rules.UK), london, nextDay);
        assertFalse(uk.allowed());
        assertEquals(abandonedAt.plus(Duration.ofHours(72)), uk.notBefore());
        assertTrue(check(running(Campaign.Rules.US), london, nextDay).allowed(), "no such lockout under US rules");
    }

    @Test
    void attemptsRunOutAndAPausedCampaignDialsNobody() {
        Campaign campaign = running(Campaign.Rules.US);
        CampaignTarget target = target("+12125550144", "America/New_York");
        target.attempts = 3;
        assertTrue(check(campaign, target, Instant.parse("2026-11-23T15:00:00Z")).blockedForGood());
        target.attempts = 0;
        campaign.status = Campaign.Status.PAUSED;
        assertFalse(check(campaign, target, Instant.parse("2026-11-23T15:00:00Z")).allowed());
    }
}
