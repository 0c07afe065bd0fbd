package switchboard.desktop.customer.scoring;

/** Customer value tiers, most valuable first. */
public enum ValueTier {
    PLATINUM, GOLD, SILVER, BRONZE
}
