package switchboard.desktop.callcenter;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where calls come from, and how the simulated call center behaves. */
@ConfigMapping(prefix = "swb.callcenter")
public interface CallCenterConfig {

    /** Handle live calls at all. */
    @WithDefault("true")
    boolean enabled();

    /** Use the built-in PBX simulator (the embedded default) instead of real Asterisk servers. */
    boolean simulated();

    /** Log every agent in and make them ready at start (the simulated call center's agents). */
    boolean agentsReadyAtStart();

    /** The number presented on calls Switchboard places (callbacks; campaigns have their own). */
    @WithDefault("+18005550100")
    String callerId();

    /** Real Asterisk servers by id, e.g. {@code swb.callcenter.pbx.main.host}. */
    Map<String, Pbx> pbx();

    Simulator simulator();

    /** One Asterisk's AMI. */
    interface Pbx {
        String host();

        @WithDefault("5038")
        int port();

        String username();

        String secret();

        @WithDefault("PT10S")
        Duration pingInterval();
    }

    /** The simulated call center. */
    interface Simulator {

        /** How long agents' phones ring before they answer. */
        @WithDefault("PT2S")
        Duration agentAnswersAfter();

        Traffic traffic();
    }

    /** Simulated callers. */
    interface Traffic {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("6")
        double callsPerMinute();

        /** Share of calls from known customers' numbers. */
        @WithDefault("0.7")
        double knownShare();

        @WithDefault("120")
        double meanPatienceSeconds();

        @WithDefault("90")
        double meanTalkSeconds();
    }
}
