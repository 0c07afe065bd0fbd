package switchboard.pbxsim.agi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What a simulated caller keys in, prompt by prompt: each entry answers one GET DATA (a string of
 * digits, {@code ""} for a timeout) or one WAIT FOR DIGIT (its first digit); {@value #HANGUP}
 * hangs up at that prompt. Not thread-safe: one AGI session uses it.
 */
public final class CallerKeys {

    /** The entry that makes the caller hang up. */
    public static final String HANGUP = "HANGUP";

    private final Deque<String> entries;
    /** What is left of an entry read digit by digit (WAIT FOR DIGIT). */
    private String digitsLeft = "";

    public CallerKeys(List<String> entries) {
        this.entries = new ArrayDeque<>(entries);
    }

    /** The next entry; a timeout ({@code ""}) once the script is used up. */
    String next() {
        if (!digitsLeft.isEmpty()) {
            String rest = digitsLeft;
            digitsLeft = "";
            return rest;
        }
        return entries.isEmpty() ? "" : entries.poll();
    }

    /**
     * The next digit the caller presses, for WAIT FOR DIGIT: an entry is read digit by digit (a
     * trailing {@code #} ends it), {@code ""} for a timeout, {@value #HANGUP} for a hang-up.
     */
    String nextDigit() {
        if (digitsLeft.isEmpty()) {
            String entry = entries.isEmpty() ? "" : entries.poll();
            if (entry.isEmpty() || HANGUP.equals(entry)) {
                return entry;
            }
            digitsLeft = entry;
        }
        String digit = digitsLeft.substring(0, 1);
        digitsLeft = digitsLeft.substring(1);
        return digit;
    }
}
