package switchboard.desktop.embedded;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A run that starts the embedded PostgreSQL on a data directory, writes a row, says
 * {@code ready} and waits to be killed, leaving its PostgreSQL behind as a crashed run does.
 */
public final class CrashingRun {

    private CrashingRun() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false).start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept (note text); "
                    + "insert into kept values ('written before the crash')");
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Runs it in a child JVM until it is ready, then kills that JVM (SIGKILL). */
    static void runAndKill(Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingRun.class.getName(), data.toString()).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals("ready")) {
                    break;
                }
            }
        }
        child.destroyForcibly();
        child.waitFor();
    }
}
