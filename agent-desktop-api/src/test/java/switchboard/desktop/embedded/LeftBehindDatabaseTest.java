package switchboard.desktop.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * After a crash the embedded database starts at the first try: a PostgreSQL that the killed run
 * left holding the data's lock is stopped, and the data is served again, intact, by a server
 * that forces its writes to disk.
 */
class LeftBehindDatabaseTest {

    private static String setting(Connection connection, String name) throws Exception {
        try (ResultSet value = connection.createStatement().executeQuery("show " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    @TempDir
    Path state;

    @Test
    void aServerLeftBehindOnTheDataIsStoppedAndTheDataServedAgain() throws Exception {
        Path data = state.resolve("pgdata");
        Files.createDirectories(data);
        CrashingRun.runAndKill(data);
        long leftBehindPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        assertTrue(ProcessHandle.of(leftBehindPid).map(ProcessHandle::isAlive).orElse(false),
                "the killed run's PostgreSQL is not running: nothing was left behind");

        EmbeddedPostgres restarted = EmbeddedDatabase.launch(new EmbeddedDatabase.Settings(data, 0, false,
                state.resolve("journal")));
        try (Connection connection = restarted.getPostgresDatabase().getConnection();
                ResultSet kept = connection.createStatement().executeQuery("select note from kept")) {
            kept.next();
            assertEquals("written before the crash", kept.getString(1));
            assertEquals("on", setting(connection, "fsync"), "the embedded database does not force its writes");
            assertEquals("on", setting(connection, "synchronous_commit"));
            assertEquals("on", setting(connection, "full_page_writes"));
        } finally {
            restarted.close();
        }
        ProcessHandle.of(leftBehindPid).ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        assertFalse(ProcessHandle.of(leftBehindPid).map(ProcessHandle::isAlive).orElse(false),
                "the server left behind still runs");
    }
}
