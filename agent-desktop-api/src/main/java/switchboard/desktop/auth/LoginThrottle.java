package switchboard.desktop.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Slows down password guessing. Failed logins are counted for the user name from one address,
 * for the address (whatever user it tries) and for the user name (from anywhere); past a number
 * of failures each is locked for a while that doubles with every further failure, up to a cap.
 * A user name is locked from everywhere only after many more failures, and briefly, so an
 * attacker cannot keep the real user out for long; the address that guesses is locked hardest.
 * A successful login clears its user name's counts. Every failure and success is logged with
 * the address. Thread-safe.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    /** Counts idle this long are forgotten. */
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int KEPT = 100_000;

    private final AuthConfig.Throttle config;
    private final Clock clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    @Inject
    LoginThrottle(AuthConfig config, Clock clock) {
        this(config.throttle(), clock);
    }

    LoginThrottle(AuthConfig.Throttle config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    private record Count(int failures, Instant lastFailure, Instant lockedUntil) {
    }

    /** How long the login of this user from this address must wait; empty when it may go ahead. */
    public Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys(username, address)) {
            Count count = counts.get(key);
            if (count != null && count.lockedUntil() != null && count.lockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, count.lockedUntil());
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        String[] keys = keys(username, address);
        lock(keys[0], now, config.failuresBeforeLock(), config.maxLock());
        lock(keys[1], now, config.addressFailuresBeforeLock(), config.maxAddressLock());
        lock(keys[2], now, config.userFailuresBeforeLock(), config.maxUserLock());
        LOG.warnf("Failed login for '%s' from %s", username, address);
        if (counts.size() > KEPT) {
            counts.values().removeIf(c -> c.lastFailure().plus(FORGET_AFTER).isBefore(now));
        }
    }

    public void succeeded(String username, String address) {
        String[] keys = keys(username, address);
        counts.remove(keys[0]);
        counts.remove(keys[2]);
        LOG.infof("Login of '%s' from %s", username, address);
    }

    /** Counts a failure; from {@code threshold} failures on, locks for the first lock doubled each time, up to {@code cap}. */
    private void lock(String key, Instant now, int threshold, Duration cap) {
        counts.compute(key, (k, count) -> {
            int failures = count == null || count.lastFailure().plus(FORGET_AFTER).isBefore(now) ? 1 : count.failures() + 1;
            Instant lockedUntil = null;
            if (failures >= threshold) {
                int doublings = Math.min(failures - threshold, 20);
                Duration lock = config.firstLock().multipliedBy(1L << doublings);
                lockedUntil = now.plus(lock.compareTo(cap) > 0 ? cap : lock);
            }
            return new Count(failures, now, lockedUntil);
        });
    }

    /** The user name from this address, the address, the user name from anywhere. */
    private static String[] keys(String username, String address) {
        String user = username.toLowerCase(Locale.ROOT);
        return new String[] { "pair:" + user + "@" + address, "address:" + address, "user:" + user };
    }
}
