package switchboard.routing;

/**
 * An agent's state, why (for NOT_READY: {@code break}, {@code rona}, ...), and since when.
 *
 * @param agentId the agent
 * @param state the state
 * @param reason the reason for NOT_READY, otherwise null
 * @param sinceMillis when the agent entered the state
 * @param callId the call the agent is reserved for, on, or wrapping up, otherwise null
 */
public record AgentStatus(String agentId, AgentState state, String reason, long sinceMillis, String callId) {
}
