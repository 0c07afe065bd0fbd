package switchboard.desktop.callcenter;

import java.util.HashMap;
import java.util.Map;

import switchboard.desktop.agent.Agent;

/**
 * An agent as the routing loop knows them.
 *
 * @param code the login code and extension, the engine's agent id
 * @param id the database id, for records
 * @param device what the PBX dials to reach them
 * @param team their team's name, or null
 * @param skills skill name to proficiency 1–5
 * @param active whether they take calls; an agent who left keeps their history but no calls
 */
public record RosterAgent(String code, long id, String device, String team, Map<String, Integer> skills,
        boolean active) {

    public RosterAgent {
        skills = Map.copyOf(skills);
    }

    /** From the entity, inside the transaction that read it. */
    public static RosterAgent of(Agent agent) {
        Map<String, Integer> skills = new HashMap<>();
        agent.skills.forEach(level -> skills.put(level.skill.name, level.proficiency));
        return new RosterAgent(agent.code, agent.id, agent.deviceInterface,
                agent.team == null ? null : agent.team.name, skills, agent.active);
    }

    /** Whether they belong to the team; everyone does to no team in particular (null). */
    boolean inTeam(String teamName) {
        return teamName == null || teamName.equals(team);
    }
}
