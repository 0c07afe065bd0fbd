package switchboard.desktop.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.agent.Skill;
import switchboard.desktop.agent.SkillLevel;
import switchboard.desktop.agent.Team;
import switchboard.desktop.callcenter.CallCenter;
import switchboard.desktop.callcenter.RosterAgent;
import switchboard.desktop.problem.InvalidInputProblem;

/**
 * Agents, their skills and teams, and the skill catalogue. A change is stored, then routing
 * follows it before the method returns: new skills count for the calls already waiting.
 */
@ApplicationScoped
public class AgentAdmin {

    private final CallCenter callCenter;
    private final LiveChange live;

    AgentAdmin(CallCenter callCenter, LiveChange live) {
        this.callCenter = callCenter;
        this.live = live;
    }

    /** An agent as administrators see it. */
    public record AgentView(String code, @JsonUnwrapped AgentFields fields) {

        static AgentView of(Agent agent) {
            Map<String, Integer> skills = new TreeMap<>();
            agent.skills.forEach(level -> skills.put(level.skill.name, level.proficiency));
            return new AgentView(agent.code, new AgentFields(agent.name, agent.deviceInterface,
                    agent.team == null ? null : agent.team.name, skills, agent.active));
        }
    }

    /** What an administrator sets of an agent. */
    public record AgentFields(@NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_-]+/\\S+",
                    message = "must be what the PBX dials, such as PJSIP/1001 or Local/1001@agents") String device,
            @Size(max = 64) String team,
            @NotNull Map<@NotBlank String, @NotNull @Min(value = 1, message = "proficiency runs from 1 to 5")
                    @Max(value = 5, message = "proficiency runs from 1 to 5") Integer> skills,
            boolean active) {
    }

    public List<AgentView> all() {
        return QuarkusTransaction.requiringNew().call(() -> Agent.<Agent>list("order by code").stream()
                .map(AgentView::of).toList());
    }

    public List<String> skills() {
        return QuarkusTransaction.requiringNew().call(Catalogue::skillNames);
    }

    /** Adds a skill to the catalogue, for agents to have and queues to require; whether it is new. */
    public boolean addSkill(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (Skill.named(name) != null) {
                return false;
            }
            Skill skill = new Skill();
            skill.name = name;
            skill.persist();
            return true;
        });
    }

    public List<String> teams() {
        return QuarkusTransaction.requiringNew().call(Catalogue::teamNames);
    }

    /** Adds a team; whether it is new. */
    public boolean addTeam(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (Team.count("name", name) > 0) {
                return false;
            }
            Team team = new Team();
            team.name = name;
            team.persist();
            return true;
        });
    }

    /**
     * Creates the agent, or replaces what is set of them when they exist (unless {@code onlyIfNew}).
     *
     * @return the agent, and whether they were created
     */
    public LiveChange.Saved<AgentView> put(String code, AgentFields fields, boolean onlyIfNew) {
        return live.apply(() -> {
            Agent agent = Agent.find("code", code).firstResult();
            boolean created = agent == null;
            if (!created && onlyIfNew) {
                throw new InvalidInputProblem("code", "agent " + code + " exists already");
            }
            if (created) {
                agent = new Agent();
                agent.code = code;
            }
            set(agent, fields);
            agent.persist();
            return stored(agent, created, callCenter);
        });
    }

    private static LiveChange.Stored<AgentView> stored(Agent agent, boolean created, CallCenter callCenter) {
        RosterAgent routed = RosterAgent.of(agent);
        return new LiveChange.Stored<>(AgentView.of(agent), created, () -> callCenter.agentChanged(routed));
    }

    private static void set(Agent agent, AgentFields fields) {
        agent.name = fields.name().strip();
        agent.deviceInterface = fields.device().strip();
        agent.team = Catalogue.team(fields.team());
        agent.active = fields.active();
        List<SkillLevel> levels = new ArrayList<>();
        fields.skills().forEach((name, proficiency) -> {
            SkillLevel level = new SkillLevel();
            level.skill = Catalogue.skill(name, "skills");
            level.proficiency = proficiency;
            levels.add(level);
        });
        agent.skills.clear();
        agent.skills.addAll(levels);
    }
}
