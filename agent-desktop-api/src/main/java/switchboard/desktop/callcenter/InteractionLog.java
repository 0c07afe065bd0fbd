package switchboard.desktop.callcenter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.interaction.Interaction;
import switchboard.desktop.queue.RoutingQueue;
import switchboard.routing.RoutingExplanation;

/** Writes one interaction per call as it happens: offered, assigned, answered, ended. */
@ApplicationScoped
public class InteractionLog {

    private final ObjectMapper json;
    private final Clock clock;

    InteractionLog(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** A call reached the ACD. */
    @Transactional
    public void offered(String callId, String ani, String queue, Long customerId, Map<String, String> attributes) {
        Interaction interaction = Interaction.find("callId", callId).firstResult();
        if (interaction == null) {
            interaction = new Interaction();
            interaction.callId = callId;
            interaction.direction = Interaction.Direction.INBOUND;
            interaction.offeredAt = clock.instant();
        }
        interaction.ani = ani;
        interaction.customerId = customerId;
        interaction.queueId = queueId(queue);
        interaction.ivrPath = attributes.get("ivrPath");
        interaction.outcome = Interaction.Outcome.IN_PROGRESS;
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
        if (interaction == null) {
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

    /**
     * The agent's disposition and notes for a call they handled; the problem in words when it
     * is not theirs or does not exist.
     */
    @Transactional
    public Optional<String> disposition(String callId, String agentCode, String code, String notes) {
        Interaction interaction = find(callId);
        Agent agent = Agent.find("code", agentCode).firstResult();
        if (interaction == null || agent == null || !agent.id.equals(interaction.agentId)) {
            return Optional.of("No call " + callId + " of yours to put a disposition on");
        }
        interaction.disposition = code;
        interaction.notes = notes;
        if (interaction.endedAt != null) {
            interaction.wrapSeconds = seconds(interaction.endedAt, clock.instant());
        }
        return Optional.empty();
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
