package switchboard.desktop.ivr;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The prompts the PBX could not play because their sound files are not installed there: each
 * logged once by name, counted ({@code switchboard_ivr_prompts_missing_total{prompt=...}}), and
 * listed for administrators. Thread-safe: FastAGI threads report.
 */
@ApplicationScoped
public class MissingPrompts {

    private static final Logger LOG = Logger.getLogger(MissingPrompts.class);

    /** A prompt the PBX lacks: how often callers missed it, and when first and last. */
    public record Missing(String prompt, long times, Instant firstAt, Instant lastAt) {
    }

    private static final class Seen {
        private final AtomicLong times = new AtomicLong();
        private final Instant firstAt;
        private volatile Instant lastAt;

        Seen(Instant firstAt) {
            this.firstAt = firstAt;
            this.lastAt = firstAt;
        }
    }

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final MeterRegistry metrics;
    private final Clock clock;

    MissingPrompts(MeterRegistry metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    void missed(String prompt) {
        Instant now = clock.instant();
        Seen entry = seen.computeIfAbsent(prompt, p -> {
            LOG.warnf("The PBX has no sound file for the IVR prompt '%s': callers hear nothing there, and their keys "
                    + "are still read (docs/dialplan.md says how to install the shipped prompts)", p);
            return new Seen(now);
        });
        entry.times.incrementAndGet();
        entry.lastAt = now;
        Counter.builder("switchboard.ivr.prompts.missing").description("IVR prompts the PBX could not play")
                .tag("prompt", prompt).register(metrics).increment();
    }

    /** Every prompt missed since the start, the most missed first. */
    public List<Missing> list() {
        return seen.entrySet().stream()
                .map(e -> new Missing(e.getKey(), e.getValue().times.get(), e.getValue().firstAt,
                        e.getValue().lastAt))
                .sorted(Comparator.comparingLong(Missing::times).reversed().thenComparing(Missing::prompt)).toList();
    }
}
