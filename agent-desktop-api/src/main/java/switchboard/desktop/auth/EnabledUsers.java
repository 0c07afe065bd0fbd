package switchboard.desktop.auth;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether a user may still act with a token issued earlier: a user an administrator disabled
 * may not, from the next request on. Looked up at most every few seconds per user, and at once
 * after a change here.
 */
@ApplicationScoped
public class EnabledUsers {

    private static final long RECHECK_NANOS = Duration.ofSeconds(5).toNanos();

    private record Checked(boolean enabled, long atNanos) {
    }

    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    public boolean enabled(String username) {
        Checked last = checked.get(username);
        if (last != null && System.nanoTime() - last.atNanos() < RECHECK_NANOS) {
            return last.enabled();
        }
        boolean enabled = QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = AppUser.byUsername(username);
            return user != null && user.enabled;
        });
        checked.put(username, new Checked(enabled, System.nanoTime()));
        return enabled;
    }

    /** The user was changed: look again on their next request. */
    public void changed(String username) {
        checked.remove(username);
    }
}
