package switchboard.routing;

import java.util.List;

/**
 * Why a call went to an agent, for the screen-pop, the interaction record and the supervisor.
 *
 * @param queue the queue the call waited in
 * @param relaxationStep 0 for the queue's own requirements, n after the n-th relaxation step
 * @param requirements the requirements in force, e.g. {@code billing>=2, spanish>=4}
 * @param strategy how the agent was chosen
 * @param candidatesConsidered how many eligible available agents were compared
 * @param topCandidates the best few, highest score first
 * @param agentReason why this agent, in words
 * @param callPriority the call's priority when assigned
 * @param callReason why this call before others, in words
 * @param waitedSeconds how long the call had waited
 */
public record RoutingExplanation(String queue, int relaxationStep, String requirements, Strategy strategy,
        int candidatesConsidered, List<ScoredCandidate> topCandidates, String agentReason, double callPriority,
        String callReason, double waitedSeconds) {

    /** An agent and the score the strategy gave them. */
    public record ScoredCandidate(String agentId, double score) {
    }
}
