package switchboard.desktop.auth;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

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
}
