package switchboard.desktop.callcenter;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.agent.AgentStateChange;
import switchboard.routing.AgentStatus;

/** Records every agent state change, for occupancy in the reports. */
@ApplicationScoped
public class AgentStateLog {

    @Transactional
    public void changed(AgentStatus status) {
        Agent agent = Agent.find("code", status.agentId()).firstResult();
        if (agent == null) {
            return;
        }
        AgentStateChange change = new AgentStateChange();
        change.agentId = agent.id;
        change.state = status.state().name();
        change.reason = status.reason();
        change.callId = status.callId();
        change.changedAt = Instant.ofEpochMilli(status.sinceMillis());
        change.persist();
    }
}
