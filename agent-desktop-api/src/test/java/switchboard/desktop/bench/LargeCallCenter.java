package switchboard.desktop.bench;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The embedded default with 1,024 agents (24 named, 1,000 generated) and fewer customers, for load tests. */
public class LargeCallCenter implements QuarkusTestProfile {

    static final int AGENTS = 1024;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("swb.demo.agents", String.valueOf(AGENTS), "swb.demo.customers", "2000");
    }
}
