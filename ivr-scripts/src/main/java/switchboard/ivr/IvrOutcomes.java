package switchboard.ivr;

/**
 * Where calls that end in the IVR are reported: a callback booked instead of waiting, or a call
 * finished in self-service (contained). Called on the AGI session's thread; implementations must
 * be quick and thread-safe.
 */
public interface IvrOutcomes {

    /**
     * The caller would rather be called back than wait: call {@code number} as soon as an agent
     * for {@code intent} is free, keeping the caller's place.
     *
     * @param uniqueId the call's channel (Asterisk's Uniqueid)
     * @param customerId the identified customer, or null
     */
    void callbackBooked(String uniqueId, String number, String intent, String customerId);

    /**
     * The caller got what they called for in self-service; no agent is needed.
     *
     * @param ivrPath what they did, e.g. {@code ani:known>lang:en>menu:billing>verify:ok>balance:read}
     */
    void contained(String uniqueId, String number, String customerId, String ivrPath);

    /**
     * The PBX could not play this prompt (the sound file is not installed there); the IVR went on
     * without it, still waiting for the caller's keys.
     *
     * @param prompt the sound file as the IVR names it, e.g. {@code switchboard/main-menu}
     */
    void promptMissing(String prompt);
}
