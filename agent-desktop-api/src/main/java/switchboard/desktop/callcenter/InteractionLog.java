package switchboard.desktop.callcenter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.callback.Callbacks;
import switchboard.desktop.dnc.DoNotCallList;
import switchboard.desktop.interaction.Interaction;
import switchboard.desktop.problem.Problem;
import switchboard.desktop.queue.DispositionCode;
import switchboard.desktop.queue.RoutingQueue;
import switchboard.routing.RoutingExplanation;

/** Writes one interaction per call as it happens: offered, assigned, answered, ended. */
@ApplicationScoped
public class InteractionLog {

    private final ObjectMapper json;
    private final Clock clock;
    /** The disposition code of a customer who asks not to be called again. */
    static final String DO_NOT_CALL = "do-not-call";

    private final Callbacks callbacks;
    private final DoNotCallList doNotCall;

    InteractionLog(ObjectMapper json, Clock clock, Callbacks callbacks, DoNotCallList doNotCall) {
        this.json = json;
        this.clock = clock;
        this.callbacks = callbacks;
        this.doNotCall = doNotCall;
    }

    /** A call reached the ACD. */
    @Transactional
    public void offered(String callId, String ani, String queue, Long customerId, Map<String, String> attributes) {
        Interaction interaction = inbound(callId);
        interaction.ani = ani;
        interaction.customerId = customerId;
        interaction.queueId = queueId(queue);
        interaction.ivrPath = attributes.get("ivrPath");
        interaction.outcome = Interaction.Outcome.IN_PROGRESS;
        interaction.persist();
    }

    /** The inbound call's interaction, begun now if it has none yet. */
    private Interaction inbound(String callId) {
        Interaction interaction = find(callId);
        if (interaction == null) {
            interaction = new Interaction();
            interaction.callId = callId;
            interaction.direction = Interaction.Direction.INBOUND;
            interaction.offeredAt = clock.instant();
        }
        return interaction;
    }

    /** A campaign's call was answered by the customer and goes to an agent. */
    @Transactional
    public void dialedOut(String callId, String phone, String queue, Long customerId, String campaign) {
        Interaction interaction = new Interaction();
        interaction.callId = callId;
        interaction.direction = Interaction.Direction.OUTBOUND;
        interaction.offeredAt = clock.instant();
        interaction.ani = phone;
        interaction.customerId = customerId;
        interaction.queueId = queueId(queue);
        interaction.campaign = campaign;
        interaction.outcome = Interaction.Outcome.IN_PROGRESS;
        interaction.persist();
    }

    /**
     * The call ended in the IVR: finished in self-service ({@code CONTAINED_IN_IVR}) or with a
     * callback booked ({@code CALLBACK_REQUESTED}, in the queue it would have waited in).
     */
    @Transactional
    public void endedInIvr(String callId, String ani, Long customerId, String queue, String ivrPath,
            Interaction.Outcome outcome) {
        Interaction interaction = inbound(callId);
        interaction.ani = ani;
        interaction.customerId = customerId;
        interaction.queueId = queue == null ? null : queueId(queue);
        interaction.ivrPath = ivrPath;
        interaction.outcome = outcome;
        interaction.endedAt = clock.instant();
        interaction.persist();
    }

    /** The engine gave the call to an agent (by database id): who, and why. */
    @Transactional
    public void assigned(String callId, Long agentId, RoutingExplanation explanation) {
        Interaction interaction = find(callId);
        if (interaction != null) {
            interaction.agentId = agentId;
            interaction.routingExplanation = toJson(explanation);
        }
    }

    @Transactional
    public void answered(String callId) {
        Interaction interaction = find(callId);
        if (interaction != null) {
            interaction.answeredAt = clock.instant();
            interaction.waitSeconds = seconds(interaction.offeredAt, interaction.answeredAt);
        }
    }

    /** The call ended: talked to an agent, or abandoned (short abandons under the queue's threshold apart). */
    @Transactional
    public void ended(String callId, boolean answered, int shortAbandonSeconds) {
        Interaction interaction = find(callId);
        if (interaction == null || interaction.outcome != Interaction.Outcome.IN_PROGRESS) {
            return;
        }
        interaction.endedAt = clock.instant();
        if (answered && interaction.answeredAt != null) {
            interaction.outcome = Interaction.Outcome.ANSWERED;
            interaction.talkSeconds = seconds(interaction.answeredAt, interaction.endedAt);
        } else {
            interaction.waitSeconds = seconds(interaction.offeredAt, interaction.endedAt);
            interaction.agentId = null;
            interaction.outcome = interaction.waitSeconds < shortAbandonSeconds ? Interaction.Outcome.SHORT_ABANDONED
                    : Interaction.Outcome.ABANDONED;
        }
    }

    /** The caller was on hold for this long (added to the call's hold time). */
    @Transactional
    public void held(String callId, Duration held) {
        Interaction interaction = find(callId);
        if (interaction != null) {
            int before = interaction.holdSeconds == null ? 0 : interaction.holdSeconds;
            interaction.holdSeconds = before + (int) held.toSeconds();
        }
    }

    /** An agent was rung in vain. */
    @Transactional
    public void rona(String callId) {
        Interaction interaction = find(callId);
        if (interaction != null) {
            interaction.ronaCount++;
        }
    }

    /**
     * The agent passed the caller on: their part of the call is closed as transferred, under the
     * call id with the interaction's id appended, so the next leg gets an interaction of its own.
     */
    @Transactional
    public void transferred(String callId) {
        Interaction interaction = find(callId);
        if (interaction == null) {
            return;
        }
        interaction.endedAt = clock.instant();
        interaction.outcome = Interaction.Outcome.TRANSFERRED;
        if (interaction.answeredAt != null) {
            interaction.talkSeconds = seconds(interaction.answeredAt, interaction.endedAt);
        }
        interaction.callId = callId + "/" + interaction.id;
    }

    /**
     * The agent's disposition and notes for a call they handled, with the callback it asks for;
     * the problem in words when the call is not theirs or the disposition does not fit.
     */
    @Transactional
    public Optional<Problem> disposition(String callId, String agentCode, Disposition disposition) {
        Agent agent = Agent.find("code", agentCode).firstResult();
        Interaction interaction = agent == null ? null : legOf(callId, agent.id);
        if (interaction == null) {
            return Optional.of(Problem.of(Response.Status.CONFLICT, "No call " + callId + " of yours to put a disposition on"));
        }
        List<DispositionCode> codes = DispositionCode.forQueue(interaction.queueId);
        Optional<DispositionCode> chosen = codes.stream().filter(c -> c.code.equals(disposition.code())).findFirst();
        if (chosen.isEmpty()) {
            return invalid("code", "must be one of " + codes.stream().map(c -> c.code).toList() + ", not '"
                    + disposition.code() + "'");
        }
        Optional<String> problem = callbacks.checkRequest(chosen.get(), disposition.callbackAt());
        if (problem.isPresent()) {
            return invalid("callbackAt", problem.get());
        }
        interaction.disposition = disposition.code();
        interaction.notes = disposition.notes();
        if (interaction.endedAt != null) {
            interaction.wrapSeconds = seconds(interaction.endedAt, clock.instant());
        }
        if (chosen.get().schedulesCallback) {
            callbacks.fromDisposition(interaction, agent.id, disposition.callbackAt());
        }
        if (DO_NOT_CALL.equals(chosen.get().code)) {
            doNotCall.customerAsked(interaction.ani, interaction.customerId);
        }
        return Optional.empty();
    }

    private static Optional<Problem> invalid(String field, String message) {
        return Optional.of(Problem.invalid(field + " " + message, List.of(new Problem.FieldError(field, message))));
    }

    /**
     * A simulated agent's disposition of their part of the call: one of its queue's codes that
     * asks for no callback, at random; nothing when that part already has one.
     */
    @Transactional
    public Optional<Problem> simulatedDisposition(String callId, String agentCode, SplittableRandom random) {
        Agent agent = Agent.find("code", agentCode).firstResult();
        Interaction interaction = agent == null ? null : legOf(callId, agent.id);
        if (interaction != null && interaction.disposition != null) {
            return Optional.empty();
        }
        List<DispositionCode> codes = interaction == null ? List.of()
                : DispositionCode.forQueue(interaction.queueId).stream().filter(c -> !c.schedulesCallback).toList();
        if (codes.isEmpty()) {
            return Optional.of(Problem.of(Response.Status.CONFLICT, "No disposition code for " + callId));
        }
        String code = codes.get(random.nextInt(codes.size())).code;
        return disposition(callId, agentCode, new Disposition(code, "Handled by the simulated agent", null));
    }

    /** The agent's part of a call: the call's interaction, or the leg they transferred. */
    private static Interaction legOf(String callId, long agentId) {
        return Interaction.<Interaction>find("(callId = ?1 or callId like ?2) and agentId = ?3 order by offeredAt desc",
                callId, callId + "/%", agentId).firstResult();
    }

    private static Interaction find(String callId) {
        return Interaction.find("callId", callId).firstResult();
    }

    private static Long queueId(String name) {
        RoutingQueue queue = RoutingQueue.find("name", name).firstResult();
        return queue == null ? null : queue.id;
    }

    private static int seconds(Instant from, Instant to) {
        return (int) Duration.between(from, to).toSeconds();
    }

    private String toJson(RoutingExplanation explanation) {
        try {
            return json.writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            return explanation.toString();
        }
    }
}
