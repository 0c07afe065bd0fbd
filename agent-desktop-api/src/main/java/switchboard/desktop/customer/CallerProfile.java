package switchboard.desktop.customer;

import java.time.Instant;

import switchboard.desktop.customer.scoring.ValueTier;

/**
 * What routing and the screen-pop need to know of a caller, read from the CRM before the call
 * reaches the routing loop, so the loop never waits for the database.
 *
 * @param tier the value tier, or null when not scored yet
 * @param lastAgent the code of the agent who last talked with them (their preferred agent), or null
 * @param view the 360 view the agent's pop shows
 * @param nextBestAction what the agent should try first
 * @param readAt when it was read from the database
 */
public record CallerProfile(long customerId, ValueTier tier, double valueScore, double churnRisk, String lastAgent,
        String language, Customer360 view, String nextBestAction, Instant readAt) {
}
