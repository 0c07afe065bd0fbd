package switchboard.desktop.customer.scoring;

/**
 * Maps a value score (a percentile) to a tier: the top {@code platinum} percent are PLATINUM,
 * the next {@code gold} percent GOLD, the next {@code silver} percent SILVER, the rest BRONZE.
 */
public record TierPolicy(double platinum, double gold, double silver) {

    public TierPolicy {
        if (platinum <= 0 || gold < 0 || silver < 0 || platinum + gold + silver > 100) {
            throw new IllegalArgumentException("Tier shares must be positive and add up to at most 100 %, got "
                    + platinum + " / " + gold + " / " + silver);
        }
    }

    public static TierPolicy of(ValueConfig config) {
        return new TierPolicy(config.platinumTopPercent(), config.goldNextPercent(), config.silverNextPercent());
    }

    public ValueTier tierFor(double percentile) {
        double fromTop = 100 - percentile;
        if (fromTop < platinum) {
            return ValueTier.PLATINUM;
        }
        if (fromTop < platinum + gold) {
            return ValueTier.GOLD;
        }
        return fromTop < platinum + gold + silver ? ValueTier.SILVER : ValueTier.BRONZE;
    }
}
