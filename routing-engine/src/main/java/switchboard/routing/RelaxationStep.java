package switchboard.routing;

import java.util.Set;

/**
 * A bullseye ring: once a call has waited {@code afterSeconds}, required proficiencies drop by
 * {@code lowerProficiencyBy} (never below 1) and the skills in {@code dropSkills} are no longer
 * required. Steps accumulate.
 */
public record RelaxationStep(int afterSeconds, int lowerProficiencyBy, Set<String> dropSkills) {

    public RelaxationStep {
        dropSkills = Set.copyOf(dropSkills);
    }
}
