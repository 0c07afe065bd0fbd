package switchboard.routing;

/** A call given to an agent, who is now RESERVED and should be rung. */
public record Assignment(String callId, String agentId, String queue, int ringTimeoutSeconds,
        RoutingExplanation explanation) {
}
