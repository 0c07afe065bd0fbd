package switchboard.desktop.ivr;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The FastAGI server the dialplan's {@code AGI(agi://host:port/ivr)} reaches. */
@ConfigMapping(prefix = "swb.ivr")
public interface IvrHostConfig {

    /** Whether to serve the IVR at all. */
    @WithDefault("true")
    boolean enabled();

    /** The FastAGI port (Asterisk's default is 4573). */
    @WithDefault("4573")
    int port();

    /** The menus: a file path; the shipped config/ivr/ivr.json when absent. */
    Optional<String> menus();

    /**
     * The address to listen on: loopback on the embedded default (its PBX is on this machine),
     * every interface otherwise, unless told.
     */
    Optional<String> bindAddress();

    /**
     * The hosts (names or addresses) allowed to run the IVR; every other connection is closed
     * before the script runs. When absent: the hosts of the configured PBXs' AMI connections,
     * and loopback on the embedded default.
     */
    Optional<List<String>> allowedHosts();
}
