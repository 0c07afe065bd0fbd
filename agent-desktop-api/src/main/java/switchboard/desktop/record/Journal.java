package switchboard.desktop.record;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The facts not yet known to be in the database, on local disk: one JSON line per fact in
 * segment files named by their first sequence number. {@link #append} returns only once the
 * lines are forced to the device, so a fact appended survives a crash of the process or the
 * machine. A line cut short by a crash while it was written is dropped when the journal opens
 * (it was never acknowledged).
 *
 * <p>Not thread-safe: the recorder's writer thread is its only user.
 */
final class Journal implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Journal.class);
    /** A segment this size gets no more facts: the next ones begin a new segment. */
    private static final long SEGMENT_BYTES = 4L << 20;
    /** A segment this size whose every fact is applied gives way to a new one, so it can be removed. */
    private static final long APPLIED_SEGMENT_BYTES = 1L << 20;
    private static final String PREFIX = "facts-";
    private static final String SUFFIX = ".jsonl";

    private final Path directory;
    private final ObjectMapper json;
    private FileChannel current;
    private long currentFirstSeq;
    private long nextSeq;

    private Journal(Path directory, ObjectMapper json) {
        this.directory = directory;
        this.json = json;
    }

    /** Opens the journal in the directory (made if missing), continuing its numbering. */
    static Journal open(Path directory, ObjectMapper json) {
        Journal journal = new Journal(directory, json);
        try {
            Files.createDirectories(directory);
            List<Path> segments = journal.segments();
            if (segments.isEmpty()) {
                journal.begin(1);
            } else {
                Path last = segments.get(segments.size() - 1);
                dropTornLine(last);
                journal.currentFirstSeq = firstSeq(last);
                journal.nextSeq = journal.currentFirstSeq;
                for (JournalEntry entry : journal.readSegment(last)) {
                    journal.nextSeq = entry.seq() + 1;
                }
                journal.current = FileChannel.open(last, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the record journal in " + directory, e);
        }
        return journal;
    }

    /** The sequence number the next fact appended gets. */
    long nextSeq() {
        return nextSeq;
    }

    /**
     * Numbers the facts, writes them and forces them to disk.
     *
     * @return the facts with their numbers, in order
     */
    List<JournalEntry> append(List<Fact> facts) {
        List<JournalEntry> entries = new ArrayList<>(facts.size());
        StringBuilder lines = new StringBuilder();
        for (Fact fact : facts) {
            JournalEntry entry = new JournalEntry(nextSeq++, fact);
            entries.add(entry);
            lines.append(write(entry)).append('\n');
        }
        try {
            if (current.size() >= SEGMENT_BYTES) {
                current.close();
                begin(entries.get(0).seq());
                nextSeq = entries.get(entries.size() - 1).seq() + 1;
            }
            ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                current.write(bytes);
            }
            current.force(false);
        } catch (IOException e) {
            nextSeq -= facts.size();
            throw new UncheckedIOException("Cannot write the record journal in " + directory, e);
        }
        return entries;
    }

    /** Up to {@code max} facts numbered after {@code afterSeq}, in order. */
    List<JournalEntry> read(long afterSeq, int max) {
        List<JournalEntry> found = new ArrayList<>();
        try {
            for (Path segment : segments()) {
                if (found.size() >= max) {
                    break;
                }
                for (JournalEntry entry : readSegment(segment)) {
                    if (entry.seq() > afterSeq && found.size() < max) {
                        found.add(entry);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the record journal in " + directory, e);
        }
        return found;
    }

    /**
     * Everything up to {@code seq} is in the database: segments holding nothing later are
     * removed, and a large segment whose every fact is applied gives way to a new one.
     */
    void applied(long seq) {
        try {
            if (seq >= nextSeq - 1 && current.size() >= APPLIED_SEGMENT_BYTES) {
                current.close();
                begin(nextSeq);
            }
            List<Path> segments = segments();
            for (int i = 0; i + 1 < segments.size(); i++) {
                if (firstSeq(segments.get(i + 1)) - 1 <= seq) {
                    Files.delete(segments.get(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot trim the record journal in " + directory, e);
        }
    }

    @Override
    public void close() {
        try {
            current.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void begin(long firstSeq) throws IOException {
        currentFirstSeq = firstSeq;
        nextSeq = firstSeq;
        current = FileChannel.open(directory.resolve(String.format("%s%019d%s", PREFIX, firstSeq, SUFFIX)),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        current.force(true);
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    private List<JournalEntry> readSegment(Path segment) throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(segment, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    read(line).ifPresent(entries::add);
                }
            }
        }
        return entries;
    }

    /** A line a failed write left half written was never acknowledged: it is passed over. */
    private Optional<JournalEntry> read(String line) {
        try {
            return Optional.of(json.readValue(line, JournalEntry.class));
        } catch (JsonProcessingException e) {
            LOG.warnf("A journal line that cannot be read is passed over (%s): %.200s", e.getOriginalMessage(), line);
            return Optional.empty();
        }
    }

    private static long firstSeq(Path segment) {
        String name = segment.getFileName().toString();
        return Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
    }

    /** Cuts the file after its last complete line. */
    private static void dropTornLine(Path segment) throws IOException {
        byte[] bytes = Files.readAllBytes(segment);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
                channel.truncate(end);
                channel.force(true);
            }
        }
    }

    private String write(JournalEntry entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A fact that cannot be written as JSON: " + entry.fact(), e);
        }
    }
}
