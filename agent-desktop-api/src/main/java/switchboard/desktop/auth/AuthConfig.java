package switchboard.desktop.auth;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Token settings. The signing keys come from {@code SWB_JWT_PRIVATE_KEY}/{@code SWB_JWT_PUBLIC_KEY}. */
@ConfigMapping(prefix = "swb.auth")
public interface AuthConfig {

    /** The {@code iss} claim tokens carry and verification demands. */
    String issuer();

    /** How long a token stays valid after login, e.g. {@code PT12H}. */
    Duration tokenLifetime();

    /**
     * The password of the {@code admin} user created at start when the database has no
     * administrator yet: how a production installation gets its first login.
     */
    Optional<String> bootstrapAdminPassword();

    Throttle throttle();

    /** How failed logins slow down the next ones (see {@link LoginThrottle}). */
    interface Throttle {

        /** Failures of one user name from one address before it is locked. */
        @WithDefault("5")
        int failuresBeforeLock();

        /** Failures from one address, whatever user names it tries, before the address is locked. */
        @WithDefault("20")
        int addressFailuresBeforeLock();

        /** Failures of one user name from anywhere before it is locked from everywhere (briefly). */
        @WithDefault("20")
        int userFailuresBeforeLock();

        /** The first lock; each further failure doubles it. */
        @WithDefault("PT30S")
        Duration firstLock();

        /** The longest lock of a user name from one address. */
        @WithDefault("PT15M")
        Duration maxLock();

        /** The longest lock of an address. */
        @WithDefault("PT1H")
        Duration maxAddressLock();

        /** The longest lock of a user name from everywhere: short, so an attacker cannot keep its user out. */
        @WithDefault("PT5M")
        Duration maxUserLock();
    }
}
