package switchboard.desktop.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server on loopback, one per JVM, stopped when the JVM exits.
 *
 * <p>One per JVM because Quarkus builds its configuration more than once (and tests restart the
 * application); every build must see the same server.
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    static final String DATABASE = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static EmbeddedDatabase running;

    private final EmbeddedPostgres postgres;

    /**
     * Where the data lives, the port (0 for any free one), and whether to wipe old data first;
     * {@code journal}, the state directory's journal of facts waiting to be written to this data,
     * is wiped with it (a journal configured elsewhere is the operator's).
     */
    record Settings(Path dataDirectory, int port, boolean reset, Path journal) {
    }

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized EmbeddedDatabase start(Settings settings) {
        if (running == null) {
            running = new EmbeddedDatabase(launch(settings));
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "embedded-postgresql-stop"));
        }
        return running;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    /** Starts a server on the settings' data (package-private for tests; the application shares one, see {@link #start}). */
    static EmbeddedPostgres launch(Settings settings) {
        try {
            if (settings.reset()) {
                deleteRecursively(settings.dataDirectory());
                deleteRecursively(settings.journal());
            }
            Files.createDirectories(settings.dataDirectory());
            stopLeftBehind(settings.dataDirectory());
            // zonky's defaults are a test database's (-F, no synchronous commit): the embedded default is
            // what a small center runs, so what a user saved survives a crash of the machine.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(settings.dataDirectory())
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.infof("Embedded PostgreSQL listening on localhost:%d, data in %s", postgres.getPort(),
                    settings.dataDirectory());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + settings.dataDirectory()
                    + " (set SWB_DB_URL to use an external PostgreSQL instead)", e);
        }
    }

    /**
     * A server an earlier run left behind on this data (that run was killed, and its PostgreSQL
     * lived on holding the data's lock) is stopped first, so a start after a crash works at the
     * first try. Only a live process that is a PostgreSQL server is stopped; a stale lock file of
     * a process long gone is PostgreSQL's own to clear.
     */
    private static void stopLeftBehind(Path dataDirectory) throws IOException {
        Path lock = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(lock)) {
            return;
        }
        List<String> lines = Files.readAllLines(lock);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        LOG.warnf("An embedded PostgreSQL an earlier run left behind holds %s (pid %d); stopping it", dataDirectory,
                server.get().pid());
        server.get().destroy();
        try {
            server.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            server.get().destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not stop the PostgreSQL left behind on " + dataDirectory, e);
        }
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
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
