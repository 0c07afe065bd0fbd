package switchboard.routing.select;

import switchboard.routing.CallRequest;

/** app_queue's rrmemory: the first agent, in login order, after the one who took the last call. */
final class RoundRobinSelector implements AgentSelector {

    private long lastOrder = -1;
    private String lastAgent;

    @Override
    public int choose(CandidateBatch candidates, CallRequest call) {
        int next = -1;
        int first = 0;
        for (int i = 0; i < candidates.size(); i++) {
            long order = candidates.loginOrder(i);
            if (order < candidates.loginOrder(first)) {
                first = i;
            }
            if (order > lastOrder && (next < 0 || order < candidates.loginOrder(next))) {
                next = i;
            }
        }
        int chosen = next >= 0 ? next : first;
        lastOrder = candidates.loginOrder(chosen);
        return chosen;
    }

    @Override
    public double score(CandidateBatch candidates, int index, CallRequest call) {
        return -candidates.loginOrder(index);
    }

    @Override
    public String reason(CandidateBatch candidates, int chosen, CallRequest call) {
        return candidates.agentId(chosen) + ": next in turn after " + (lastAgent == null ? "nobody" : lastAgent);
    }

    @Override
    public void assigned(String agentId) {
        lastAgent = agentId;
    }
}
