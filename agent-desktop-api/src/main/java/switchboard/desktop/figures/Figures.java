package switchboard.desktop.figures;

/**
 * Rounding for figures people read. A ratio with nothing under it (0 ÷ 0, NaN) is shown as null,
 * never as a misleading 0 or 100.
 */
public final class Figures {

    private Figures() {
    }

    public static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** One decimal; null for NaN. */
    public static Double oneDecimal(double value) {
        return Double.isNaN(value) ? null : round(value, 1);
    }

    /** {@code part ÷ whole} as a percentage with one decimal; null when the whole is 0. */
    public static Double percent(long part, long whole) {
        return whole == 0 ? null : percent((double) part / whole);
    }

    /** A ratio (0–1) as a percentage with one decimal; null for NaN. */
    public static Double percent(double ratio) {
        return oneDecimal(ratio * 100);
    }
}
