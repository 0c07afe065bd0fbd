package switchboard.desktop.agent;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An agent entered a state (as the routing engine names them); it lasts until their next change. */
@Entity
public class AgentStateChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long agentId;
    public String state;
    public String reason;
    public String callId;
    public Instant changedAt;
}
