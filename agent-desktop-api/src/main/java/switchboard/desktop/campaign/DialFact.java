package switchboard.desktop.campaign;

import java.time.Instant;

import switchboard.cti.OriginateOutcome;
import switchboard.desktop.record.Fact;

/**
 * What became of a dial, as the routing loop saw it: a campaign's attempt (by its id) or a
 * callback (by the callback's id). Written by {@link DialRecords}.
 */
public sealed interface DialFact extends Fact {

    /** The attempt was placed as this call. */
    record Placed(long attemptId, String callId) implements DialFact {
    }

    /** How the attempt's dial went; for ANSWERED, a person picked up. */
    record Finished(long attemptId, OriginateOutcome outcome, Instant at) implements DialFact {
    }

    /** An agent took the attempt's answered call. */
    record AgentConnected(long attemptId, Instant at) implements DialFact {
    }

    /** Nobody took the answered call within 2 s: abandoned under the rules. */
    record Abandoned(long attemptId, Instant at) implements DialFact {
    }

    /** A callback's call reached the customer, or did not (tried again later, up to the limit). */
    record CallbackMade(long callbackId, boolean reached, Instant at) implements DialFact {
    }
}
