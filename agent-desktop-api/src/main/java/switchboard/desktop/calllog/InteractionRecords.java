package switchboard.desktop.calllog;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import switchboard.desktop.callback.Callbacks;
import switchboard.desktop.dnc.DoNotCallList;
import switchboard.desktop.interaction.Interaction;
import switchboard.desktop.queue.RoutingQueue;
import switchboard.desktop.record.Fact;
import switchboard.desktop.record.FactSink;

/**
 * Writes interaction facts: one interaction per call (per agent's part of a transferred call),
 * begun when the call is offered and completed step by step. Runs on the recorder's writer, in
 * its transaction.
 */
@ApplicationScoped
public class InteractionRecords implements FactSink {

    private static final Logger LOG = Logger.getLogger(InteractionRecords.class);

    /** The transaction's interactions by call id: a batch's steps of one call query it once. */
    private static final Object BATCH = InteractionRecords.class;

    private final Callbacks callbacks;
    private final DoNotCallList doNotCall;
    private final TransactionSynchronizationRegistry transactions;

    InteractionRecords(Callbacks callbacks, DoNotCallList doNotCall, TransactionSynchronizationRegistry transactions) {
        this.callbacks = callbacks;
        this.doNotCall = doNotCall;
        this.transactions = transactions;
    }

    @Override
    public boolean accepts(Fact fact) {
        return fact instanceof InteractionFact;
    }

    @Override
    public void apply(Fact fact) {
        InteractionFact step = (InteractionFact) fact;
        if (step instanceof InteractionFact.Offered f) {
            offered(f);
        } else if (step instanceof InteractionFact.DialedOut f) {
            dialedOut(f);
        } else if (step instanceof InteractionFact.EndedInIvr f) {
            endedInIvr(f);
        } else if (step instanceof InteractionFact.Dispositioned f) {
            dispositioned(f);
        } else {
            Interaction interaction = byCallId(step.callId());
            if (interaction != null) {
                update(interaction, step);
            }
            if (step instanceof InteractionFact.Transferred) {
                batch().remove(step.callId());
            }
        }
    }

    /** The call's interaction, read once per transaction. */
    private Interaction byCallId(String callId) {
        Map<String, Interaction> batch = batch();
        Interaction interaction = batch.get(callId);
        if (interaction == null) {
            interaction = Interaction.byCallId(callId);
            if (interaction != null) {
                batch.put(callId, interaction);
            }
        }
        return interaction;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Interaction> batch() {
        Map<String, Interaction> batch = (Map<String, Interaction>) transactions.getResource(BATCH);
        if (batch == null) {
            batch = new HashMap<>();
            transactions.putResource(BATCH, batch);
        }
        return batch;
    }

    /** A later step of a call whose interaction exists (none for a call met only after a restart). */
    private static void update(Interaction interaction, InteractionFact step) {
        if (step instanceof InteractionFact.Assigned f) {
            interaction.agentId = f.agentId();
            interaction.routingExplanation = f.explanation();
        } else if (step instanceof InteractionFact.Answered f) {
            interaction.answeredAt = f.at();
            interaction.waitSeconds = seconds(interaction.offeredAt, f.at());
        } else if (step instanceof InteractionFact.Held f) {
            interaction.holdSeconds = (interaction.holdSeconds == null ? 0 : interaction.holdSeconds) + (int) f.seconds();
        } else if (step instanceof InteractionFact.RingNoAnswer) {
            interaction.ronaCount++;
        } else if (step instanceof InteractionFact.Transferred f) {
            transferred(interaction, f.at());
        } else if (step instanceof InteractionFact.Ended f) {
            ended(interaction, f);
        }
    }

    private void offered(InteractionFact.Offered f) {
        Interaction interaction = inbound(f.callId(), f.at());
        interaction.ani = f.ani();
        interaction.customerId = f.customerId();
        interaction.queueId = queueId(f.queue());
        interaction.ivrPath = f.ivrPath();
        interaction.outcome = Interaction.Outcome.IN_PROGRESS;
        interaction.persist();
    }

    private void dialedOut(InteractionFact.DialedOut f) {
        Interaction interaction = new Interaction();
        interaction.callId = f.callId();
        interaction.direction = Interaction.Direction.OUTBOUND;
        interaction.offeredAt = f.at();
        interaction.ani = f.ani();
        interaction.customerId = f.customerId();
        interaction.queueId = queueId(f.queue());
        interaction.campaign = f.campaign();
        interaction.outcome = Interaction.Outcome.IN_PROGRESS;
        interaction.persist();
        batch().put(f.callId(), interaction);
    }

    private void endedInIvr(InteractionFact.EndedInIvr f) {
        Interaction interaction = inbound(f.callId(), f.at());
        interaction.ani = f.ani();
        interaction.customerId = f.customerId();
        interaction.queueId = f.queue() == null ? null : queueId(f.queue());
        interaction.ivrPath = f.ivrPath();
        interaction.outcome = f.outcome();
        interaction.endedAt = f.at();
        interaction.persist();
    }

    /** Closed as transferred, under the call id with the interaction's id appended. */
    private static void transferred(Interaction interaction, Instant at) {
        interaction.endedAt = at;
        interaction.outcome = Interaction.Outcome.TRANSFERRED;
        if (interaction.answeredAt != null) {
            interaction.talkSeconds = seconds(interaction.answeredAt, at);
        }
        interaction.callId = interaction.callId + "/" + interaction.id;
    }

    private static void ended(Interaction interaction, InteractionFact.Ended f) {
        if (interaction.outcome != Interaction.Outcome.IN_PROGRESS) {
            return;
        }
        interaction.endedAt = f.at();
        if (f.answered() && interaction.answeredAt != null) {
            interaction.outcome = Interaction.Outcome.ANSWERED;
            interaction.talkSeconds = seconds(interaction.answeredAt, f.at());
        } else {
            interaction.waitSeconds = seconds(interaction.offeredAt, f.at());
            interaction.agentId = null;
            interaction.outcome = interaction.waitSeconds < f.shortAbandonSeconds()
                    ? Interaction.Outcome.SHORT_ABANDONED : Interaction.Outcome.ABANDONED;
        }
    }

    private void dispositioned(InteractionFact.Dispositioned f) {
        Interaction interaction = Interaction.legOf(f.callId(), f.agentId());
        if (interaction == null) {
            LOG.warnf("Disposition %s of agent %d for %s: the call has no interaction (adopted after a restart?)",
                    f.code(), f.agentId(), f.callId());
            return;
        }
        interaction.disposition = f.code();
        interaction.notes = f.notes();
        if (interaction.endedAt != null) {
            interaction.wrapSeconds = seconds(interaction.endedAt, f.at());
        }
        if (f.schedulesCallback()) {
            callbacks.fromDisposition(interaction, f.agentId(), f.callbackAt());
        }
        if (f.doNotCall()) {
            doNotCall.customerAsked(interaction.ani, interaction.customerId);
        }
    }

    private Interaction inbound(String callId, Instant at) {
        Interaction interaction = byCallId(callId);
        if (interaction == null) {
            interaction = new Interaction();
            interaction.callId = callId;
            interaction.direction = Interaction.Direction.INBOUND;
            interaction.offeredAt = at;
            batch().put(callId, interaction);
        }
        return interaction;
    }

    private static Long queueId(String name) {
        RoutingQueue queue = name == null ? null : RoutingQueue.find("name", name).firstResult();
        return queue == null ? null : queue.id;
    }

    private static int seconds(Instant from, Instant to) {
        return (int) Duration.between(from, to).toSeconds();
    }
}
