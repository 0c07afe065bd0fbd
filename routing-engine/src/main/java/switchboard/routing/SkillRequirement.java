package switchboard.routing;

/** A skill a queue's calls need, at a minimum proficiency from 1 to 5. */
public record SkillRequirement(String skill, int minProficiency) {

    public SkillRequirement {
        if (minProficiency < 1 || minProficiency > 5) {
            throw new IllegalArgumentException("proficiency of " + skill + " must be 1 to 5, got " + minProficiency);
        }
    }
}
