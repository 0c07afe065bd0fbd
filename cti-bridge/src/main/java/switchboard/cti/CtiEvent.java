package switchboard.cti;

import java.util.Map;

/** What happened on a PBX, normalised. Call ids are {@code <pbx id>:<Linkedid>}. */
public sealed interface CtiEvent {

    /** The PBX this came from. */
    String pbxId();

    /** Logged in (first time or after a reconnect). */
    record PbxConnected(String pbxId) implements CtiEvent {
    }

    /** The connection is gone; the bridge reconnects by itself. */
    record PbxDisconnected(String pbxId) implements CtiEvent {
    }

    /** After a (re)connect: calls found that were not known, and known calls found gone. */
    record PbxResynced(String pbxId, int adopted, int closed) implements CtiEvent {
    }

    /**
     * A caller entered Switchboard's dialplan.
     *
     * @param adopted found by a resync rather than seen arriving
     */
    record CallArrived(String pbxId, String callId, String channel, String ani, String dnis, boolean adopted)
            implements CtiEvent {
    }

    /** The dialplan handed the call to the ACD, with the variables the IVR set (SWB_* without the prefix). */
    record CallHandedToAcd(String pbxId, String callId, Map<String, String> attributes) implements CtiEvent {
    }

    /** An agent's device is ringing with the call. */
    record AgentRinging(String pbxId, String callId, String deviceInterface) implements CtiEvent {
    }

    /** The agent's device did not answer (or was busy): the caller is back on hold. */
    record AgentNoAnswer(String pbxId, String callId, String deviceInterface, String dialStatus)
            implements CtiEvent {
    }

    /** The agent answered: caller and agent are bridged. */
    record CallConnected(String pbxId, String callId, String deviceInterface) implements CtiEvent {
    }

    /**
     * The agent transferred the caller to {@code exten@context} from their phone; the agent's leg
     * is gone and the caller goes on in the dialplan there (back to the ACD, for a queue).
     */
    record CallTransferred(String pbxId, String callId, String context, String exten) implements CtiEvent {
    }

    /** A party of a connected call put the other on hold (the phone's hold key). */
    record CallHeld(String pbxId, String callId, HangupSide by) implements CtiEvent {
    }

    /** The call is off hold again. */
    record CallUnheld(String pbxId, String callId, HangupSide by) implements CtiEvent {
    }

    /**
     * A connected call ended.
     *
     * @param cause Asterisk's hangup cause, or -1 when unknown
     * @param endedWhileDisconnected the bridge learned of it only by a resync
     */
    record CallEnded(String pbxId, String callId, int cause, HangupSide side, boolean endedWhileDisconnected)
            implements CtiEvent {
    }

    /**
     * The caller hung up before an agent answered.
     *
     * @param endedWhileDisconnected the bridge learned of it only by a resync
     */
    record CallAbandoned(String pbxId, String callId, boolean endedWhileDisconnected) implements CtiEvent {
    }

    /** How an originate went; {@code callId} is the pre-set ChannelId's call. */
    record OriginateResult(String pbxId, String callId, OriginateOutcome outcome) implements CtiEvent {
    }
}
