package switchboard.desktop.agent;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A skill at a proficiency from 1 (novice) to 5 (expert). */
@Embeddable
public class SkillLevel {

    @ManyToOne(optional = false)
    @JoinColumn(name = "skill_id")
    public Skill skill;

    public int proficiency;
}
