package switchboard.desktop.callcenter;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import switchboard.desktop.customer.CallerProfile;

/** A call as the routing loop knows it, from arrival to its end. Owned by the loop thread. */
final class ActiveCall {

    final String callId;
    /** The caller's number, once the call is seen arriving. */
    String ani;
    /** What the IVR learned (SWB_* variables without the prefix). */
    Map<String, String> ivr = Map.of();
    /** The identified customer, or null. */
    Long customerId;
    /** What the CRM says of the caller, read before routing; null for an unknown caller. */
    CallerProfile profile;
    /** How often the call was handed to the ACD (again after a transfer): a profile read for an earlier hand-off is stale. */
    int handoffs;
    /** Whether the interaction's beginning is recorded for the current hand-off. */
    boolean offerRecorded;
    /** For a campaign's call: the customer's profile, read while the phone rings. */
    CompletableFuture<Optional<CallerProfile>> outboundProfile;
    /** When the call first reached the ACD (its wait, and its place among live calls, count from then). */
    Instant offeredAt;
    /** When the call was last handed to the ACD: a transferred caller's new part begins then. */
    Instant handedAt;
    /** The queue it waits in or was taken from; null outside the ACD (arriving, being transferred). */
    String queue;
    /** The agent it rings or talks to, or null. */
    String agent;
    boolean answered;
    /** When the agent put the caller on hold, or null. */
    Instant heldSince;
    /** For a campaign's call: what it is for and where its outcome goes; null for inbound calls. */
    Outbound outbound;
    /** For a campaign's call: the agent kept free for it while it rings. */
    String reservedAgent;

    ActiveCall(String callId) {
        this.callId = callId;
    }

    boolean connectedTo(String agentCode) {
        return answered && agentCode.equals(agent);
    }

    LiveCall.State liveState() {
        if (heldSince != null) {
            return LiveCall.State.HELD;
        }
        if (answered) {
            return LiveCall.State.CONNECTED;
        }
        return agent != null ? LiveCall.State.RINGING : LiveCall.State.WAITING;
    }

    LiveCall live() {
        return new LiveCall(callId, ani, queue, liveState(), agent, customerId, offeredAt);
    }
}
