package switchboard.desktop.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo data settings. */
@ConfigMapping(prefix = "swb.demo")
public interface DemoConfig {

    /** Load demo data into an empty database at start; on by default only for the embedded database. */
    boolean load();

    /** The generator's seed: the same seed gives the same data. */
    long seed();

    /** How many customers to generate. */
    int customers();

    /** How many agents (24 named ones, then generated ones with their skills), each with a user. */
    @WithDefault("24")
    int agents();

    /** The password of every demo user. */
    @WithDefault("demo")
    String password();
}
