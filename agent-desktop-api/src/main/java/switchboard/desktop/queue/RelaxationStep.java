package switchboard.desktop.queue;

import jakarta.persistence.Embeddable;

/**
 * A bullseye ring: once a call has waited {@link #afterSeconds}, every required proficiency is
 * lowered by {@link #lowerProficiencyBy} and the skills in {@link #dropSkills} (comma-separated)
 * are no longer required.
 */
@Embeddable
public class RelaxationStep {

    public int stepNumber;
    public int afterSeconds;
    public int lowerProficiencyBy;
    public String dropSkills = "";
}
