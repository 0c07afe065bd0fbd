package switchboard.desktop.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import switchboard.desktop.threads.Threads;

/**
 * The one ordered writer of facts. {@link #emit} never waits: the fact joins a lock-free inbox
 * and the writer thread takes it from there. The writer numbers facts, forces them to the
 * journal on local disk, then writes them to the database in batches, each batch in one
 * transaction that also moves the journal's applied mark; only then are they dropped from the
 * journal. While the database is away, facts wait in the journal (a crash loses none) and are
 * written in order when it returns; a batch whose commit happened before a failure is
 * recognised by the mark and not applied again.
 *
 * <p>A fact the database refuses on its own (not an outage) is set aside in
 * {@code rejected.jsonl} beside the journal with the reason, logged, and counted; never dropped
 * in silence.
 */
@ApplicationScoped
public class Recorder {

    private static final Logger LOG = Logger.getLogger(Recorder.class);
    /** Facts kept in memory for the next batches; beyond this they are read back from the journal. */
    private static final int IN_MEMORY = 50_000;
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final RecorderConfig config;
    private final ObjectMapper json;
    private final FactProgress progress;
    private final List<FactSink> sinks;
    private final ConcurrentLinkedQueue<Fact> inbox = new ConcurrentLinkedQueue<>();
    private final Counter written;
    private final Counter rejected;
    private volatile Thread writer;
    private volatile boolean running;
    /** Facts are journaled from the start, written once the application has started (its data loaded). */
    private volatile boolean writing;
    private volatile boolean databaseReachable = true;
    private volatile long waiting;
    private volatile int unjournaledCount;

    // Owned by the writer thread.
    private Journal journal;
    private String journalId;
    private long applied = -1;
    private final ArrayDeque<JournalEntry> memory = new ArrayDeque<>();
    /** Facts taken from the inbox that the journal could not take yet (a full disk): tried first next time. */
    private final List<Fact> unjournaled = new ArrayList<>();
    private boolean spilled = true;
    private long retryAtNanos;

    Recorder(RecorderConfig config, ObjectMapper json, FactProgress progress, @Any Instance<FactSink> sinks,
            MeterRegistry metrics) {
        this.config = config;
        this.json = json;
        this.progress = progress;
        this.sinks = sinks.stream().toList();
        this.written = Counter.builder("switchboard.records.written").description("Facts written to the database")
                .register(metrics);
        this.rejected = Counter.builder("switchboard.records.rejected")
                .description("Facts the database refused, set aside in rejected.jsonl").register(metrics);
        Gauge.builder("switchboard.records.waiting", this, Recorder::waiting)
                .description("Facts in the journal not yet in the database").register(metrics);
    }

    /** Before anything else may emit: the journal's facts of an earlier run are written first. */
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        Path directory = Path.of(config.journal()).toAbsolutePath();
        journal = Journal.open(directory, json);
        journalId = journalId(directory);
        updateWaiting();
        running = true;
        Thread thread = Threads.named("record-writer").newThread(this::run);
        writer = thread;
        thread.start();
        LOG.infof("Recording facts through the journal in %s", directory);
    }

    /** The journal's facts, of this run and of an earlier one, go to the database from now on. */
    void beginWriting(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        writing = true;
        Thread thread = writer;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    /**
     * Writes what it can before the application stops; the rest waits in the journal. After the
     * call center has stopped, so the facts of its last moments are journaled too.
     */
    void stop(@Observes @Priority(Interceptor.Priority.APPLICATION + 2000) ShutdownEvent event) {
        running = false;
        Thread thread = writer;
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Records the fact: returns at once, on any thread, without taking a lock. */
    public void emit(Fact fact) {
        inbox.add(fact);
        Thread thread = writer;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    /** Facts in the journal (or about to be) that the database does not have yet. */
    public long waiting() {
        return waiting + inbox.size() + unjournaledCount;
    }

    /** Whether the last attempt to write reached the database. */
    public boolean databaseReachable() {
        return databaseReachable;
    }

    private void run() {
        while (running) {
            try {
                journalInbox();
                if (!writeDue()) {
                    LockSupport.parkNanos(this, IDLE_PARK_NANOS);
                }
            } catch (RuntimeException e) {
                LOG.error("The record writer failed; it goes on", e);
                LockSupport.parkNanos(this, config.retryInterval().toNanos());
            }
        }
        try {
            journalInbox();
            if (databaseReachable) {
                writeDue();
            }
        } catch (RuntimeException e) {
            LOG.error("The record writer could not finish before stopping; what it journaled is kept", e);
        }
        if (!unjournaled.isEmpty()) {
            LOG.errorf("%d facts could not be journaled before stopping", unjournaled.size());
        }
        journal.close();
    }

    /** Moves the inbox to the journal, forced to disk. */
    private void journalInbox() {
        for (Fact fact = inbox.poll(); fact != null; fact = inbox.poll()) {
            unjournaled.add(fact);
        }
        if (unjournaled.isEmpty()) {
            return;
        }
        unjournaledCount = unjournaled.size();
        List<JournalEntry> entries = journal.append(unjournaled);
        unjournaled.clear();
        unjournaledCount = 0;
        if (!spilled && memory.size() + entries.size() <= IN_MEMORY) {
            memory.addAll(entries);
        } else {
            spilled = true;
        }
        updateWaiting();
    }

    /** Writes the next batch if the database is due to be tried; whether there was more to do. */
    private boolean writeDue() {
        if (!writing || !databaseReachable && System.nanoTime() < retryAtNanos) {
            return false;
        }
        if (applied < 0 && !recover()) {
            return false;
        }
        List<JournalEntry> batch = nextBatch();
        if (batch.isEmpty()) {
            return false;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> apply(batch));
        } catch (RuntimeException e) {
            if (!reachable(e)) {
                return false;
            }
            for (JournalEntry entry : batch) {
                if (!applyAlone(entry)) {
                    return false;
                }
                done(entry.seq(), 1);
            }
            return true;
        }
        done(batch.get(batch.size() - 1).seq(), batch.size());
        return true;
    }

    /** Learns from the database how far this journal is written. */
    private boolean recover() {
        try {
            applied = QuarkusTransaction.requiringNew().call(() -> progress.lockApplied(journalId));
            databaseReachable = true;
            spilled = true;
            memory.clear();
            updateWaiting();
            if (waiting > 0) {
                LOG.infof("%d facts wait in the journal (of an earlier run, or of this one's start); writing them",
                        waiting);
            }
            return true;
        } catch (RuntimeException e) {
            reachable(e);
            return false;
        }
    }

    /**
     * The next facts to write, in order: from memory, which always holds a run of facts that
     * begins right after the last one applied; once it is empty while facts wait only in the
     * journal (after a restart, or a long outage), it is filled from the journal.
     */
    private List<JournalEntry> nextBatch() {
        if (applied >= journal.nextSeq() - 1) {
            return List.of();
        }
        if (memory.isEmpty() && spilled) {
            List<JournalEntry> read = journal.read(applied, IN_MEMORY);
            memory.addAll(read);
            spilled = read.isEmpty() || read.get(read.size() - 1).seq() < journal.nextSeq() - 1;
        }
        List<JournalEntry> batch = new ArrayList<>();
        for (JournalEntry entry : memory) {
            if (batch.size() >= config.batchSize()) {
                break;
            }
            batch.add(entry);
        }
        return batch;
    }

    private void apply(List<JournalEntry> batch) {
        long done = progress.lockApplied(journalId);
        for (JournalEntry entry : batch) {
            if (entry.seq() > done) {
                sinkOf(entry.fact()).apply(entry.fact());
            }
        }
        progress.advance(journalId, batch.get(batch.size() - 1).seq());
    }

    /**
     * One fact in its own transaction, after its batch failed with the database up: set aside
     * if the database refuses it. False when the database went away meanwhile (nothing set aside).
     */
    private boolean applyAlone(JournalEntry entry) {
        try {
            QuarkusTransaction.requiringNew().run(() -> apply(List.of(entry)));
            return true;
        } catch (RuntimeException e) {
            if (!reachable(e)) {
                return false;
            }
            LOG.errorf(e, "The database refused fact %d (%s); it is set aside in rejected.jsonl", entry.seq(),
                    entry.fact());
            setAside(entry, e);
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    progress.lockApplied(journalId);
                    progress.advance(journalId, entry.seq());
                });
                return true;
            } catch (RuntimeException markFailed) {
                reachable(markFailed);
                return false;
            }
        }
    }

    private void done(long lastSeq, int count) {
        if (!databaseReachable) {
            LOG.infof("The database is back; writing the %d facts that waited in the journal", waiting);
            databaseReachable = true;
        }
        applied = lastSeq;
        while (!memory.isEmpty() && memory.peekFirst().seq() <= lastSeq) {
            memory.removeFirst();
        }
        journal.applied(lastSeq);
        written.increment(count);
        updateWaiting();
    }

    /**
     * After a failure: whether the database answers. If it does not, the outage is noted (logged
     * once, with what waits) and the next try put off.
     */
    private boolean reachable(RuntimeException failure) {
        try {
            QuarkusTransaction.requiringNew().run(progress::ping);
            return true;
        } catch (RuntimeException e) {
            if (databaseReachable) {
                LOG.warnf("The database is unreachable (%s); facts wait in the journal until it is back",
                        rootMessage(failure));
            }
            databaseReachable = false;
            retryAtNanos = System.nanoTime() + config.retryInterval().toNanos();
            return false;
        }
    }

    private FactSink sinkOf(Fact fact) {
        for (FactSink sink : sinks) {
            if (sink.accepts(fact)) {
                return sink;
            }
        }
        throw new IllegalStateException("No sink writes " + fact.getClass().getName());
    }

    private void updateWaiting() {
        waiting = applied < 0 ? journal.nextSeq() - 1 : journal.nextSeq() - 1 - applied;
    }

    private void setAside(JournalEntry entry, RuntimeException reason) {
        Path file = Path.of(config.journal()).toAbsolutePath().resolve("rejected.jsonl");
        try {
            String line = json.writeValueAsString(new Rejected(entry.seq(), entry.fact(), rootMessage(reason))) + "\n";
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set aside a refused fact in " + file, e);
        }
        rejected.increment();
    }

    /** A fact the database refused, with why. */
    record Rejected(long seq, Fact fact, String reason) {
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** The journal's own id, kept beside it, so two nodes' journals never share a mark. */
    private static String journalId(Path directory) {
        Path file = directory.resolve("journal-id");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            String id = UUID.randomUUID().toString();
            Files.writeString(file, id, StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file, e);
        }
    }
}
