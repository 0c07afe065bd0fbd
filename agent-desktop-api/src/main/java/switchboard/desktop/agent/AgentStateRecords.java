package switchboard.desktop.agent;

import jakarta.enterprise.context.ApplicationScoped;
import switchboard.desktop.record.Fact;
import switchboard.desktop.record.FactSink;

/** Writes every agent state change, for occupancy in the reports: one row per fact. */
@ApplicationScoped
public class AgentStateRecords implements FactSink {

    @Override
    public boolean accepts(Fact fact) {
        return fact instanceof AgentStateFact;
    }

    @Override
    public void apply(Fact fact) {
        AgentStateFact f = (AgentStateFact) fact;
        AgentStateChange change = new AgentStateChange();
        change.agentId = f.agentId();
        change.state = f.state();
        change.reason = f.reason();
        change.callId = f.callId();
        change.changedAt = f.at();
        change.persist();
    }
}
