package switchboard.desktop.auth;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import switchboard.desktop.threads.Threads;

/**
 * Whether a user may still act with a token issued earlier: a user an administrator disabled
 * may not. Asked on every request and socket, even on the event loop, so it never touches the
 * database then: the disabled users are held in memory, changed at once by an administrator's
 * change here and read again every few seconds (another instance's changes).
 */
@ApplicationScoped
public class EnabledUsers {

    private static final Logger LOG = Logger.getLogger(EnabledUsers.class);
    private static final long REREAD_SECONDS = 5;

    private volatile Set<String> disabled = Set.of();
    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(
            Threads.named("disabled-users"));

    void start(@Observes StartupEvent event) {
        reread();
        reader.scheduleWithFixedDelay(this::reread, REREAD_SECONDS, REREAD_SECONDS, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        reader.shutdownNow();
    }

    public boolean enabled(String username) {
        return !disabled.contains(username);
    }

    /** An administrator enabled or disabled the user: in force from their next request. */
    public synchronized void changed(String username, boolean enabled) {
        Set<String> now = new HashSet<>(disabled);
        if (enabled) {
            now.remove(username);
        } else {
            now.add(username);
        }
        disabled = Set.copyOf(now);
    }

    private void reread() {
        try {
            List<String> names = QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>list("enabled", false)
                    .stream().map(u -> u.username).toList());
            synchronized (this) {
                disabled = Set.copyOf(names);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the disabled users; keeping the last known (%s)", e.getMessage());
        }
    }
}
