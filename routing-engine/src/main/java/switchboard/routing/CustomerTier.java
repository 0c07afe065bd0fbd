package switchboard.routing;

/** Customer value tiers; UNKNOWN for callers not identified. */
public enum CustomerTier {
    PLATINUM, GOLD, SILVER, BRONZE, UNKNOWN
}
