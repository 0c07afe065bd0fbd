package switchboard.desktop.customer.scoring;

/**
 * One input of a score and what it did to the score.
 *
 * @param name a stable identifier ({@code usageDecline})
 * @param value the input's value
 * @param effect what it contributed: a weight for value, a log-odds term for churn
 * @param description the same in words, for the screen-pop and the 360 view
 */
public record Factor(String name, double value, double effect, String description) {

    private static final double PRECISION = 10_000;

    /** Values are kept to four decimals: enough to explain, without floating-point noise. */
    public Factor {
        value = Math.round(value * PRECISION) / PRECISION;
        effect = Math.round(effect * PRECISION) / PRECISION;
    }
}
