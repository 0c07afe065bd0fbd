package switchboard.cti.call;

import java.util.HashSet;
import java.util.Set;

/** A call as the bridge knows it. */
final class TrackedCall {

    /** Where the call stands. */
    enum Stage {
        ARRIVED, WAITING, RINGING, CONNECTED
    }

    final String callId;
    /** The channel Switchboard controls: the caller's, or an outbound call's originated ;1. */
    final String callerUniqueid;
    /** Every leg on the caller's side: the controlled channel, a Local pair's ;2, the customer's carrier leg. */
    final Set<String> callerSide = new HashSet<>();
    Stage stage = Stage.ARRIVED;
    String agentUniqueid;
    String agentInterface;
    String hangupRequestedBy;
    /** Put on hold from the desktop: the caller hears music while the agent's leg waits. */
    boolean parked;
    /** An outbound call: reported by its originate result, not as arriving. */
    boolean outbound;
    /** For outbound calls: the customer answered. */
    boolean answered;

    TrackedCall(String callId, String callerUniqueid) {
        this.callId = callId;
        this.callerUniqueid = callerUniqueid;
        callerSide.add(callerUniqueid);
    }
}
