package switchboard.desktop.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import switchboard.desktop.faults.TcpFaultProxy;

/**
 * The embedded default's call center (simulated PBX, simulated agents, demo data) on a
 * PostgreSQL of its own reached through a {@link TcpFaultProxy}, with a journal of its own:
 * the test can cut the database off and restore it.
 */
public class DatabaseBehindProxy implements QuarkusTestProfile {

    public static final Path JOURNAL = Path.of("target/outage-journal");
    /** The proxy in front of the database, for the test to cut and restore. */
    public static volatile TcpFaultProxy proxy;

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Database.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("swb.records.journal", JOURNAL.toString(), "swb.records.retry-interval", "PT0.5S",
                "swb.demo.load", "true", "swb.demo.customers", "2000", "swb.callcenter.simulated", "true",
                "swb.callcenter.agents-ready-at-start", "true");
    }

    /** A fresh PostgreSQL behind the proxy. */
    public static class Database implements QuarkusTestResourceLifecycleManager {

        private EmbeddedPostgres postgres;

        @Override
        public Map<String, String> start() {
            try {
                delete(JOURNAL);
                Path data = Path.of("target/outage-pgdata");
                delete(data);
                postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
                proxy = new TcpFaultProxy("127.0.0.1", postgres.getPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/postgres",
                    "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres");
        }

        @Override
        public void stop() {
            proxy.close();
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static void delete(Path directory) throws IOException {
            if (!Files.exists(directory)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
