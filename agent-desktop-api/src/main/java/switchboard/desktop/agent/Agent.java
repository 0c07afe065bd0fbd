package switchboard.desktop.agent;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A person who takes calls, reached on the PBX at {@link #deviceInterface}. */
@Entity
public class Agent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The agent's extension and login code, e.g. {@code 1001}. */
    public String code;
    public String name;
    /** What the PBX dials to reach the agent, e.g. {@code PJSIP/1001} or {@code Local/1001@agents}. */
    public String deviceInterface;

    /** Whether the agent takes calls; one who left keeps their history and takes none. */
    public boolean active = true;

    @ManyToOne
    @JoinColumn(name = "team_id")
    public Team team;

    @ElementCollection
    @CollectionTable(name = "agent_skill", joinColumns = @JoinColumn(name = "agent_id"))
    public List<SkillLevel> skills = new ArrayList<>();
}
