package switchboard.cti;

/**
 * A call's id across every PBX: the PBX's id and the call's Linkedid, written
 * {@code pbx:linkedid}. This is the only place that format is known.
 */
public record CallId(String pbxId, String linkedId) {

    private static final char SEPARATOR = ':';

    public CallId {
        if (pbxId.isEmpty() || pbxId.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("a PBX id is not empty and has no '" + SEPARATOR + "': " + pbxId);
        }
    }

    /** Reads a call id; {@link IllegalArgumentException} for a text that is none. */
    public static CallId parse(String text) {
        int separator = text.indexOf(SEPARATOR);
        if (separator <= 0 || separator == text.length() - 1) {
            throw new IllegalArgumentException("not a call id (pbx" + SEPARATOR + "linkedid): " + text);
        }
        return new CallId(text.substring(0, separator), text.substring(separator + 1));
    }

    /** Whether a PBX id may be used in call ids. */
    public static boolean validPbxId(String pbxId) {
        return !pbxId.isEmpty() && pbxId.indexOf(SEPARATOR) < 0;
    }

    @Override
    public String toString() {
        return pbxId + SEPARATOR + linkedId;
    }
}
