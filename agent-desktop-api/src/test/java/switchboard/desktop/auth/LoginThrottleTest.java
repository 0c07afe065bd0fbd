package switchboard.desktop.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The throttle on a virtual clock: who is locked, for how long, and who is not. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-02T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(new AuthConfig.Throttle() {
        @Override
        public int failuresBeforeLock() {
            return 5;
        }

        @Override
        public int addressFailuresBeforeLock() {
            return 20;
        }

        @Override
        public int userFailuresBeforeLock() {
            return 20;
        }

        @Override
        public Duration firstLock() {
            return Duration.ofSeconds(30);
        }

        @Override
        public Duration maxLock() {
            return Duration.ofMinutes(15);
        }

        @Override
        public Duration maxAddressLock() {
            return Duration.ofHours(1);
        }

        @Override
        public Duration maxUserLock() {
            return Duration.ofMinutes(5);
        }
    }, clock);

    @Test
    void fiveFailuresLockTheUserFromThatAddressForAGrowingWhileAndNotFromElsewhere() {
        fail("admin", "10.0.0.66", 4);
        assertEquals(Optional.empty(), throttle.wait("admin", "10.0.0.66"));
        fail("admin", "10.0.0.66", 1);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.wait("admin", "10.0.0.66"));
        assertEquals(Optional.empty(), throttle.wait("admin", "10.0.0.7"), "the real admin elsewhere is kept out");
        fail("admin", "10.0.0.66", 3);
        assertEquals(Optional.of(Duration.ofSeconds(240)), throttle.wait("ADMIN", "10.0.0.66"), "not doubling");
        fail("admin", "10.0.0.66", 10);
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.wait("admin", "10.0.0.66"), "past the cap");
        now = now.plus(Duration.ofMinutes(16));
        assertEquals(Optional.empty(), throttle.wait("admin", "10.0.0.66"));
    }

    @Test
    void anAddressGuessingManyUsersIsLockedForAll() {
        for (int user = 0; user < 20; user++) {
            fail("user" + user, "10.0.0.66", 1);
        }
        assertTrue(throttle.wait("someone-else", "10.0.0.66").isPresent());
        assertEquals(Optional.empty(), throttle.wait("someone-else", "10.0.0.7"));
    }

    @Test
    void aUserGuessedFromManyAddressesIsLockedOnlyBrieflyAndASuccessClearsIt() {
        for (int address = 0; address < 40; address++) {
            fail("admin", "10.0.1." + address, 1);
        }
        Duration locked = throttle.wait("admin", "10.0.0.7").orElseThrow();
        assertTrue(locked.compareTo(Duration.ofMinutes(5)) <= 0, "locked out for " + locked);
        now = now.plus(locked);
        throttle.succeeded("admin", "10.0.0.7");
        assertEquals(Optional.empty(), throttle.wait("admin", "10.0.0.7"));
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }
}
