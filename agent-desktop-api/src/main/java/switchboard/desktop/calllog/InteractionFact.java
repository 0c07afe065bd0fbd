package switchboard.desktop.calllog;

import java.time.Instant;

import switchboard.desktop.interaction.Interaction;
import switchboard.desktop.record.Fact;

/**
 * A step in a call's interaction, as the routing loop saw it happen. Each carries the time it
 * happened, so an interaction written after a database outage has the times of the call, not
 * of the writing. Applied in order by {@link InteractionRecords}.
 */
public sealed interface InteractionFact extends Fact {

    /** The call the step belongs to. */
    String callId();

    /** A caller reached the ACD; {@code customerId} and {@code ivrPath} may be null. */
    record Offered(String callId, String ani, String queue, Long customerId, String ivrPath, Instant at)
            implements InteractionFact {
    }

    /** A campaign's call was answered by the customer and goes to an agent. */
    record DialedOut(String callId, String ani, String queue, Long customerId, String campaign, Instant at)
            implements InteractionFact {
    }

    /**
     * The call ended in the IVR: finished in self-service ({@code CONTAINED_IN_IVR}) or with a
     * callback booked ({@code CALLBACK_REQUESTED}, in the queue it would have waited in).
     */
    record EndedInIvr(String callId, String ani, Long customerId, String queue, String ivrPath,
            Interaction.Outcome outcome, Instant at) implements InteractionFact {
    }

    /** The engine gave the call to an agent (by database id); {@code explanation} is JSON. */
    record Assigned(String callId, long agentId, String explanation, Instant at) implements InteractionFact {
    }

    record Answered(String callId, Instant at) implements InteractionFact {
    }

    /** The caller was on hold this long (added to the call's hold time). */
    record Held(String callId, long seconds) implements InteractionFact {
    }

    /** An agent was rung in vain. */
    record RingNoAnswer(String callId) implements InteractionFact {
    }

    /** The agent passed the caller on: their part is closed; the next part gets an interaction of its own. */
    record Transferred(String callId, Instant at) implements InteractionFact {
    }

    /** The call ended: talked to an agent, or abandoned (under {@code shortAbandonSeconds}, a short abandon). */
    record Ended(String callId, boolean answered, int shortAbandonSeconds, Instant at) implements InteractionFact {
    }

    /**
     * The agent's disposition of their part of the call, already checked against the queue's
     * codes; {@code callbackAt} when the code schedules a callback; {@code doNotCall} when the
     * customer asked not to be called again.
     */
    record Dispositioned(String callId, long agentId, String code, String notes, Instant callbackAt,
            boolean schedulesCallback, boolean doNotCall, Instant at) implements InteractionFact {
    }
}
