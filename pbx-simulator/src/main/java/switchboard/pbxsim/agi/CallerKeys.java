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

    public CallerKeys(List<String> entries) {
        this.entries = new ArrayDeque<>(entries);
    }

    /** The next entry; a timeout ({@code ""}) once the script is used up. */
    String next() {
        return entries.isEmpty() ? "" : entries.poll();
    }
}
