package switchboard.desktop.callcenter;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.agent.AgentStateChange;
import switchboard.routing.AgentStatus;

/** Records every agent state change, for occupancy in the reports. */
@ApplicationScoped
public class AgentStateLog {

    /** @param agentId the agent's database id */
    @Transactional
    public void changed(long agentId, AgentStatus status) {
        AgentStateChange change = new AgentStateChange();
        change.agentId = agentId;
        change.state = status.state().name();
        change.reason = status.reason();
        change.callId = status.callId();
        change.changedAt = Instant.ofEpochMilli(status.sinceMillis());
        change.persist();
    }
}
