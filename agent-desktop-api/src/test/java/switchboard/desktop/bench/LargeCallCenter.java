package switchboard.desktop.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import switchboard.desktop.record.DatabaseBehindProxy;

/**
 * The embedded default's call center for load tests: 24 named agents and {@code bench.desktops}
 * generated ones (1,000 unless told), 2,000 customers, on a PostgreSQL behind a proxy the
 * benchmark can cut.
 */
public class LargeCallCenter implements QuarkusTestProfile {

    static final int DESKTOPS = Integer.getInteger("bench.desktops", 1000);
    static final int AGENTS = 24 + DESKTOPS;

    @Override
    public List<TestResourceEntry> testResources() {
        return new DatabaseBehindProxy().testResources();
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(new DatabaseBehindProxy().getConfigOverrides());
        overrides.put("swb.demo.agents", String.valueOf(AGENTS));
        overrides.put("quarkus.datasource.jdbc.max-size", "32");
        return overrides;
    }
}
