package switchboard.desktop.callback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.interaction.Interaction;

/** Schedules callbacks and lists them. */
@ApplicationScoped
public class Callbacks {

    /** Further ahead than this is a planning mistake, not a callback. */
    static final Duration LONGEST_AHEAD = Duration.ofDays(30);
    static final int MAX_ATTEMPTS = 3;
    static final Duration RETRY_AFTER = Duration.ofMinutes(30);

    private final Clock clock;

    Callbacks(Clock clock) {
        this.clock = clock;
    }

    /** Whether a disposition's callback time fits its code; the problem in words if not. */
    public Optional<String> checkRequest(String code, boolean schedulesCallback, Instant callbackAt) {
        if (!schedulesCallback) {
            return callbackAt == null ? Optional.empty()
                    : Optional.of("goes only with a code that schedules a callback, not '" + code + "'");
        }
        return checkTime(callbackAt);
    }

    /** Whether a callback may be due then; the problem in words if not. */
    public Optional<String> checkTime(Instant dueAt) {
        Instant now = clock.instant();
        if (dueAt == null) {
            return Optional.of("is required: when should the customer be called back?");
        }
        if (!dueAt.isAfter(now)) {
            return Optional.of("must be in the future");
        }
        if (dueAt.isAfter(now.plus(LONGEST_AHEAD))) {
            return Optional.of("must be within " + LONGEST_AHEAD.toDays() + " days");
        }
        return Optional.empty();
    }

    /** The agent promised the caller of an interaction a call back: they are asked to make it. */
    @Transactional
    public Callback fromDisposition(Interaction interaction, long agentId, Instant dueAt) {
        Callback callback = new Callback();
        callback.customerId = interaction.customerId;
        callback.phone = interaction.ani;
        callback.queueId = interaction.queueId;
        callback.agentId = agentId;
        callback.source = Callback.Source.DISPOSITION;
        callback.originCallId = interaction.callId;
        callback.notes = interaction.notes;
        return schedule(callback, dueAt);
    }

    /**
     * A caller in the IVR chose to be called back rather than wait: due now, released as soon as
     * an agent of the queue is free and no caller is waiting, so it keeps the caller's place.
     */
    @Transactional
    public Callback fromIvr(String phone, Long queueId, Long customerId, Instant askedAt) {
        Callback callback = new Callback();
        callback.phone = phone;
        callback.queueId = queueId;
        callback.customerId = customerId;
        callback.source = Callback.Source.IVR;
        callback.notes = "Asked in the IVR to be called back instead of waiting";
        return schedule(callback, askedAt);
    }

    /** Callbacks due now, oldest first. */
    @Transactional
    public List<Callback> due(int max) {
        return Callback.<Callback>find("status = ?1 and dueAt <= ?2 order by dueAt, id", Callback.Status.SCHEDULED,
                clock.instant()).page(0, max).list();
    }

    /** Not to be dialled before {@code when} (outside the calling window, or nobody free yet). */
    @Transactional
    public void postpone(long id, Instant when) {
        Callback.<Callback>findByIdOptional(id).ifPresent(c -> c.dueAt = when);
    }

    /** Being dialled. */
    @Transactional
    public void released(long id) {
        Callback.<Callback>findByIdOptional(id).ifPresent(c -> c.status = Callback.Status.RELEASED);
    }

    /**
     * How the callback's call went: reached, or tried again in 30 minutes, at most three times;
     * cancelled when the number may not be called.
     */
    @Transactional
    public void finished(long id, boolean reached, Instant at) {
        Callback.<Callback>findByIdOptional(id).ifPresent(c -> {
            if (reached) {
                c.status = Callback.Status.DONE;
                return;
            }
            c.attempts++;
            c.status = c.attempts >= MAX_ATTEMPTS ? Callback.Status.CANCELLED : Callback.Status.SCHEDULED;
            c.dueAt = at.plus(RETRY_AFTER);
        });
    }

    @Transactional
    public void cancel(long id) {
        Callback.<Callback>findByIdOptional(id).ifPresent(c -> c.status = Callback.Status.CANCELLED);
    }

    @Transactional
    public Callback schedule(Callback callback, Instant dueAt) {
        callback.dueAt = dueAt;
        callback.status = Callback.Status.SCHEDULED;
        callback.createdAt = clock.instant();
        callback.persist();
        return callback;
    }

    /** Scheduled callbacks, soonest first; only one agent's when {@code agentId} is given. */
    @Transactional
    public List<Callback> scheduled(Long agentId) {
        return agentId == null ? Callback.list("status = ?1 order by dueAt", Callback.Status.SCHEDULED)
                : Callback.list("status = ?1 and agentId = ?2 order by dueAt", Callback.Status.SCHEDULED, agentId);
    }
}
