package switchboard.cti.call;

/** A call as the bridge knows it. */
final class TrackedCall {

    /** Where the call stands. */
    enum Stage {
        ARRIVED, WAITING, RINGING, CONNECTED
    }

    final String callId;
    final String callerUniqueid;
    Stage stage = Stage.ARRIVED;
    String agentUniqueid;
    String agentInterface;
    String hangupRequestedBy;

    TrackedCall(String callId, String callerUniqueid) {
        this.callId = callId;
        this.callerUniqueid = callerUniqueid;
    }
}
