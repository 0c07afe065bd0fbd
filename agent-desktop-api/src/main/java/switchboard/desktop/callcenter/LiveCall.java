package switchboard.desktop.callcenter;

import java.time.Instant;

/**
 * A call the ACD holds now.
 *
 * @param agent the agent it rings or talks to; null while it waits
 * @param customerId null for an unknown caller
 */
public record LiveCall(String callId, String ani, String queue, State state, String agent, Long customerId,
        Instant offeredAt) {

    /** Where the call is. */
    public enum State {
        WAITING, RINGING, CONNECTED, HELD
    }
}
