package switchboard.desktop.callcenter;

import switchboard.cti.OriginateOutcome;

/** What became of an outbound call. Called on the routing loop: implementations hand work off. */
public interface OutboundListener {

    /** The call was placed, with this call id. */
    void placed(String callId);

    /** How the dial went; for ANSWERED, a person picked up and an agent is being connected. */
    void finished(OriginateOutcome outcome);

    /** The agent took the call. */
    void agentConnected();

    /** No agent within 2 s of the answer: the identification message played and the call ended. */
    void abandoned();
}
