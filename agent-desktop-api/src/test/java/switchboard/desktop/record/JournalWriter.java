package switchboard.desktop.record;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import switchboard.desktop.agent.AgentStateFact;

/**
 * A process that appends facts to a journal as fast as it can and says after each append which
 * fact was the last acknowledged ({@code acked <seq>}), until it is killed. Facts are agent
 * state changes of agent {@code args[1]} whose reason names their number ({@code kill-<n>}).
 */
public final class JournalWriter {

    private JournalWriter() {
    }

    static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public static void main(String[] args) {
        Journal journal = Journal.open(Path.of(args[0]), json());
        long agentId = Long.parseLong(args[1]);
        long n = 0;
        for (int batch = 1;; batch = batch % 50 + 1) {
            List<Fact> facts = new ArrayList<>();
            for (int i = 0; i < batch; i++) {
                n++;
                facts.add(new AgentStateFact(agentId, "NOT_READY", "kill-" + n, null, Instant.ofEpochMilli(n)));
            }
            List<JournalEntry> entries = journal.append(facts);
            System.out.println("acked " + entries.get(entries.size() - 1).seq());
            System.out.flush();
        }
    }

    /** Runs the writer in a child JVM until it has acknowledged {@code atLeast} facts, then kills it (SIGKILL). */
    static long runAndKill(Path directory, long agentId, long atLeast) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalWriter.class.getName(), directory.toString(), String.valueOf(agentId))
                .redirectErrorStream(true).start();
        long acked = 0;
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("acked ")) {
                    acked = Long.parseLong(line.substring(6));
                    if (acked >= atLeast) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        child.waitFor();
        if (acked < atLeast) {
            throw new IllegalStateException("the journal writer stopped after " + acked + " facts");
        }
        return acked;
    }
}
