package switchboard.routing;

/**
 * What the engine decided. Called on the engine's thread, synchronously, in decision order; an
 * implementation must not call back into the engine (queue the reaction instead) and should be
 * quick.
 */
public interface RoutingListener {

    /** Ring the agent now; the screen-pop can be pushed. */
    default void assigned(Assignment assignment) {
    }

    /** The agent did not answer in time: they are NOT_READY(rona) and the call is back at its queue's head. */
    default void ronaRequeued(String callId, String agentId) {
    }

    /** The call waited its queue's maximum and moved to another queue. */
    default void overflowed(String callId, String fromQueue, String toQueue) {
    }

    /** An agent's state changed. */
    default void agentStateChanged(AgentStatus status) {
    }
}
