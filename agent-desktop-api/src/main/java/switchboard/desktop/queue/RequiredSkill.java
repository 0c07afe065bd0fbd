package switchboard.desktop.queue;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import switchboard.desktop.agent.Skill;

/** A skill a queue's calls need, at a minimum proficiency. */
@Embeddable
public class RequiredSkill {

    @ManyToOne(optional = false)
    @JoinColumn(name = "skill_id")
    public Skill skill;

    public int minProficiency;
}
