package switchboard.ivr;

/**
 * Where a caller's accepted callback offer goes. Called on the AGI session's thread; an
 * implementation must be quick and thread-safe.
 */
public interface CallbackBook {

    /**
     * The caller would rather be called back than wait: call {@code number} as soon as an agent
     * for {@code intent} is free, keeping the caller's place.
     *
     * @param customerId the identified customer, or null
     */
    void book(String number, String intent, String customerId);
}
