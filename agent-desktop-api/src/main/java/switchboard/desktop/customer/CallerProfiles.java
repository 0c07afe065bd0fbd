package switchboard.desktop.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.customer.phone.InvalidPhoneNumberException;
import switchboard.desktop.customer.phone.PhoneNumbers;
import switchboard.desktop.interaction.Interaction;
import switchboard.desktop.threads.Threads;

/**
 * Callers' profiles, read on worker threads of their own and kept: the IVR asks for a caller's
 * profile as soon as it knows who calls ({@link #prefetch}), seconds before the call is handed
 * to the ACD; the call path asks again ({@link #lookUp}) and gets the kept one at once. When the
 * database does not answer in time (an outage), the last profile read is used, however old;
 * a caller never read before is then unknown, and the agent gets the new-customer form.
 */
@ApplicationScoped
public class CallerProfiles {

    private static final Logger LOG = Logger.getLogger(CallerProfiles.class);
    /** A profile read this recently is used as it is, without asking the database again. */
    private static final Duration FRESH = Duration.ofMinutes(2);
    /** A number found to be nobody's this recently is not looked up again (the IVR's look-up, before routing). */
    private static final Duration UNKNOWN_FRESH = Duration.ofSeconds(30);
    /** How long the call path waits for the database before routing with what it has. */
    private static final Duration LOOKUP_TIMEOUT = Duration.ofMillis(800);
    private static final int KEPT = 20_000;

    private final Customer360Assembler assembler;
    private final PhoneNumbers numbers;
    private final Clock clock;
    /** Look-ups a call waits for; never queued behind prefetches. */
    private final ExecutorService lookups = Executors.newFixedThreadPool(4, Threads.named("caller-lookups"));
    private final ExecutorService prefetches = Executors.newFixedThreadPool(2, Threads.named("caller-prefetches"));
    /** Reads under way by customer id, so a call's look-up joins its IVR's prefetch instead of reading again. */
    private final Map<Long, CompletableFuture<Optional<CallerProfile>>> reading = new ConcurrentHashMap<>();
    /** Lock-free, so the routing loop may read it: it never waits for a look-up thread. */
    private final Map<Long, CallerProfile> byCustomer = new ConcurrentHashMap<>();
    private final Map<String, Long> byNumber = new ConcurrentHashMap<>();
    /** Numbers the CRM was asked about and knows no customer for, with when it was asked. */
    private final Map<String, Instant> unknownNumbers = new ConcurrentHashMap<>();

    CallerProfiles(Customer360Assembler assembler, PhoneNumbers numbers, Clock clock) {
        this.assembler = assembler;
        this.numbers = numbers;
        this.clock = clock;
    }

    void stop(@Observes ShutdownEvent event) {
        lookups.shutdownNow();
        prefetches.shutdownNow();
    }

    /** Reads the customer's profile in the background, for a call about to be handed to the ACD. */
    public void prefetch(long customerId) {
        readOnce(customerId, prefetches).exceptionally(failure -> {
            LOG.debugf("Could not prefetch customer %d: %s", customerId, failure.getMessage());
            return Optional.empty();
        });
    }

    /** The customer's profile read on {@code executor}, or the read already under way. */
    private CompletableFuture<Optional<CallerProfile>> readOnce(long customerId, ExecutorService executor) {
        CompletableFuture<Optional<CallerProfile>> started = new CompletableFuture<>();
        CompletableFuture<Optional<CallerProfile>> underWay = reading.putIfAbsent(customerId, started);
        if (underWay != null) {
            return underWay;
        }
        try {
            executor.execute(() -> {
                try {
                    started.complete(read(customerId, null));
                } catch (RuntimeException e) {
                    started.completeExceptionally(e);
                } finally {
                    reading.remove(customerId, started);
                }
            });
        } catch (RuntimeException e) {
            reading.remove(customerId, started);
            started.completeExceptionally(e);
        }
        return started;
    }

    /**
     * The caller's profile: of the customer the IVR identified ({@code customerId}, may be null),
     * else of the one whose number calls. Completes within a bounded time, never on the caller's
     * thread: a fresh kept profile at once, else what the database says, else (an outage) the
     * last one kept; empty for a caller nobody knows.
     */
    public CompletableFuture<Optional<CallerProfile>> lookUp(Long customerId, String ani) {
        Optional<CallerProfile> kept = kept(customerId, ani);
        if (kept.isPresent() && fresh(kept.get().readAt()) || kept.isEmpty() && customerId == null && knownUnknown(ani)) {
            return CompletableFuture.completedFuture(kept);
        }
        CompletableFuture<Optional<CallerProfile>> read = customerId != null ? readOnce(customerId, lookups)
                : CompletableFuture.supplyAsync(() -> read(null, ani), lookups);
        return read.exceptionally(failure -> {
                    LOG.debugf("Caller look-up failed, using what is kept: %s", failure.getMessage());
                    return kept;
                })
                .completeOnTimeout(kept, LOOKUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The CRM knows no customer with this number (the IVR asked it, moments ago): the call is
     * routed as an unknown caller's without asking again.
     */
    public void noCustomerWith(String ani) {
        String number = e164(ani);
        if (number != null) {
            unknownNumbers.put(number, clock.instant());
            if (unknownNumbers.size() > KEPT) {
                unknownNumbers.values().removeIf(asked -> !recent(asked, UNKNOWN_FRESH));
            }
        }
    }

    private boolean knownUnknown(String ani) {
        String number = e164(ani);
        Instant asked = number == null ? null : unknownNumbers.get(number);
        return asked != null && recent(asked, UNKNOWN_FRESH);
    }

    private boolean fresh(Instant readAt) {
        return recent(readAt, FRESH);
    }

    private boolean recent(Instant at, Duration within) {
        return Duration.between(at, clock.instant()).compareTo(within) < 0;
    }

    private Optional<CallerProfile> kept(Long customerId, String ani) {
        String number = customerId != null ? null : e164(ani);
        Long id = customerId != null ? customerId : number == null ? null : byNumber.get(number);
        return Optional.ofNullable(id == null ? null : byCustomer.get(id));
    }

    private Optional<CallerProfile> read(Long customerId, String ani) {
        Optional<CallerProfile> profile = QuarkusTransaction.requiringNew().call(() -> {
            Customer customer = customerId != null ? Customer.findById(customerId) : byPhone(ani);
            return Optional.ofNullable(customer).map(this::profile);
        });
        if (profile.isEmpty() && customerId == null) {
            noCustomerWith(ani);
        }
        profile.ifPresent(p -> {
            keep(p);
            String number = e164(ani);
            if (number != null) {
                byNumber.put(number, p.customerId());
                unknownNumbers.remove(number);
            }
        });
        return profile;
    }

    private Customer byPhone(String ani) {
        String number = e164(ani);
        return number == null ? null : CustomerPhone.<CustomerPhone>find("e164", number).firstResultOptional()
                .map(phone -> phone.customer).orElse(null);
    }

    private CallerProfile profile(Customer customer) {
        Customer360 view = assembler.assemble(customer);
        return new CallerProfile(customer.id, customer.valueTier, customer.valueScore == null ? 0 : customer.valueScore,
                customer.churnRisk == null ? 0 : customer.churnRisk, lastAgent(customer.id), customer.language, view,
                NextBestAction.of(view), clock.instant());
    }

    /** The agent who last talked with the customer: their preferred agent. */
    private static String lastAgent(long customerId) {
        Interaction last = Interaction.find("customerId = ?1 and agentId is not null and outcome = ?2 "
                + "order by offeredAt desc", customerId, Interaction.Outcome.ANSWERED).firstResult();
        Agent agent = last == null ? null : Agent.findById(last.agentId);
        return agent == null ? null : agent.code;
    }

    private String e164(String ani) {
        try {
            return ani == null ? null : numbers.toE164(ani);
        } catch (InvalidPhoneNumberException e) {
            return null;
        }
    }

    /** Keeps the profile; past {@code KEPT} profiles, those read longest ago make room. */
    private void keep(CallerProfile profile) {
        byCustomer.put(profile.customerId(), profile);
        if (byCustomer.size() > KEPT) {
            byCustomer.values().stream().map(CallerProfile::readAt).sorted().skip(KEPT / 10).findFirst()
                    .ifPresent(cut -> byCustomer.values().removeIf(p -> p.readAt().isBefore(cut)));
            byNumber.values().removeIf(id -> !byCustomer.containsKey(id));
        }
    }
}
