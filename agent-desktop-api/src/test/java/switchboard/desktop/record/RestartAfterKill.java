package switchboard.desktop.record;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application starts on a journal that a killed process left full of facts it had
 * acknowledged (agent 1's state changes) and never wrote to the database.
 */
public class RestartAfterKill implements QuarkusTestProfile {

    static final Path JOURNAL = Path.of("target/recovery-journal");
    static volatile long acknowledged;

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KilledWriter.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("swb.records.journal", JOURNAL.toString());
    }

    /** Runs the journal writer in a child JVM and kills it, before the application starts. */
    public static class KilledWriter implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                DatabaseBehindProxy.Database.delete(JOURNAL);
                acknowledged = JournalWriter.runAndKill(JOURNAL, 1, 1_000);
            } catch (Exception e) {
                throw new IllegalStateException("Could not prepare the journal of a killed process", e);
            }
            return Map.of();
        }

        @Override
        public void stop() {
            // The journal stays for a look after the test.
        }
    }
}
