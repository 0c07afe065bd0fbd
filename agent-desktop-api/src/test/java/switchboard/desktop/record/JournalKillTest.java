package switchboard.desktop.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import switchboard.desktop.agent.AgentStateFact;

/** The journal keeps every fact it acknowledged when its process is killed, and goes on numbering after it. */
class JournalKillTest {

    @TempDir
    Path directory;

    @Test
    void everyAcknowledgedFactSurvivesTheWriterBeingKilled() throws Exception {
        long acked = JournalWriter.runAndKill(directory, 7, 3_000);

        try (Journal journal = Journal.open(directory, JournalWriter.json())) {
            List<JournalEntry> entries = journal.read(0, Integer.MAX_VALUE);
            assertTrue(entries.size() >= acked, entries.size() + " facts kept of " + acked + " acknowledged");
            for (int i = 0; i < entries.size(); i++) {
                JournalEntry entry = entries.get(i);
                assertEquals(i + 1, entry.seq());
                assertEquals(new AgentStateFact(7, "NOT_READY", "kill-" + (i + 1), null, Instant.ofEpochMilli(i + 1)),
                        entry.fact());
            }
            List<JournalEntry> next = journal.append(List.of(new AgentStateFact(7, "READY", "after", null, Instant.EPOCH)));
            assertEquals(entries.size() + 1, next.get(0).seq());
        }
    }

    @Test
    void aLineCutShortByACrashIsDroppedAndTheNumberingGoesOn() throws Exception {
        try (Journal journal = Journal.open(directory, JournalWriter.json())) {
            journal.append(List.of(new AgentStateFact(1, "READY", null, null, Instant.EPOCH),
                    new AgentStateFact(1, "ON_CALL", null, "sim:1", Instant.EPOCH)));
        }
        Path segment;
        try (var files = Files.list(directory)) {
            segment = files.filter(p -> p.getFileName().toString().startsWith("facts-")).findFirst().orElseThrow();
        }
        Files.writeString(segment, "{\"seq\":3,\"fact\":{\"@fact\":\"switchboard.desk", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        try (Journal journal = Journal.open(directory, JournalWriter.json())) {
            assertEquals(2, journal.read(0, 100).size());
            assertEquals(3, journal.nextSeq());
            journal.append(List.of(new AgentStateFact(1, "WRAP_UP", null, "sim:1", Instant.EPOCH)));
            assertEquals(List.of(1L, 2L, 3L), journal.read(0, 100).stream().map(JournalEntry::seq).toList());
        }
    }

    @Test
    void factsAppliedToTheDatabaseLeaveTheJournalButTheNumberingGoesOn() throws Exception {
        try (Journal journal = Journal.open(directory, JournalWriter.json())) {
            for (int i = 0; i < 40; i++) {
                journal.append(java.util.Collections.nCopies(1_000,
                        new AgentStateFact(1, "READY", "x".repeat(100), null, Instant.EPOCH)));
            }
            journal.applied(40_000);
        }
        try (Journal journal = Journal.open(directory, JournalWriter.json())) {
            assertEquals(List.of(), journal.read(0, 10));
            assertEquals(40_001, journal.nextSeq());
        }
    }
}
