package switchboard.desktop.admin;

import java.util.List;

import switchboard.desktop.agent.Skill;
import switchboard.desktop.agent.Team;
import switchboard.desktop.problem.InvalidInputProblem;

/** Look-ups of skills and teams by name, in the caller's transaction, refusing unknown names in words. */
final class Catalogue {

    private Catalogue() {
    }

    /** The skill, or a problem on {@code field} naming the skills there are. */
    static Skill skill(String name, String field) {
        Skill skill = Skill.named(name);
        if (skill == null) {
            throw new InvalidInputProblem(field, "no skill '" + name + "'; skills are " + skillNames());
        }
        return skill;
    }

    /** The team, or null for none; a problem naming the teams there are when unknown. */
    static Team team(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Team team = Team.find("name", name.strip()).firstResult();
        if (team == null) {
            throw new InvalidInputProblem("team", "no team '" + name + "'; teams are " + teamNames());
        }
        return team;
    }

    static List<String> skillNames() {
        return Skill.<Skill>list("order by name").stream().map(s -> s.name).toList();
    }

    static List<String> teamNames() {
        return Team.<Team>list("order by name").stream().map(t -> t.name).toList();
    }
}
