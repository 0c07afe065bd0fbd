package switchboard.desktop.queue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** The skills dropped, as a set. */
    public Set<String> droppedSkills() {
        return Arrays.stream(dropSkills.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Stores the skills dropped, in name order. */
    public void dropSkills(Set<String> skills) {
        dropSkills = String.join(",", skills.stream().sorted().toList());
    }
}
