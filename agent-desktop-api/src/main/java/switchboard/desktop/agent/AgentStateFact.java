package switchboard.desktop.agent;

import java.time.Instant;

import switchboard.desktop.record.Fact;

/**
 * An agent entered a state, as the routing engine changed it.
 *
 * @param agentId the agent's database id
 * @param callId the call the state concerns (reserved for, on, wrapping up), or null
 */
public record AgentStateFact(long agentId, String state, String reason, String callId, Instant at) implements Fact {
}
