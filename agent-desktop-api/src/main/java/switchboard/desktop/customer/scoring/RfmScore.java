package switchboard.desktop.customer.scoring;

/** Quintile scores 1–5 (5 best) for recency, frequency and monetary value. */
public record RfmScore(int recency, int frequency, int monetary) {

    /** The conventional cell code, e.g. {@code 5-1-3}. */
    public String code() {
        return recency + "-" + frequency + "-" + monetary;
    }
}
