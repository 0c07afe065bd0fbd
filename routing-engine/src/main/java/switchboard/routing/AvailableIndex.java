package switchboard.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * For every skill, the AVAILABLE agents who have it: an array with swap-remove, so adding,
 * removing and iterating are all O(1) per agent.
 */
final class AvailableIndex {

    private final List<List<AgentRecord>> bySkill = new ArrayList<>();

    void add(AgentRecord agent) {
        for (int skill = 0; skill < agent.levels.length; skill++) {
            if (agent.levels[skill] > 0) {
                List<AgentRecord> set = set(skill);
                agent.slots[skill] = set.size();
                set.add(agent);
            }
        }
    }

    void remove(AgentRecord agent) {
        for (int skill = 0; skill < agent.slots.length; skill++) {
            int slot = agent.slots[skill];
            if (slot >= 0) {
                List<AgentRecord> set = bySkill.get(skill);
                AgentRecord last = set.remove(set.size() - 1);
                if (last != agent) {
                    set.set(slot, last);
                    last.slots[skill] = slot;
                }
                agent.slots[skill] = -1;
            }
        }
    }

    /** The available agents with a skill; do not modify. */
    List<AgentRecord> with(int skill) {
        return skill < bySkill.size() ? bySkill.get(skill) : List.of();
    }

    private List<AgentRecord> set(int skill) {
        while (bySkill.size() <= skill) {
            bySkill.add(new ArrayList<>());
        }
        return bySkill.get(skill);
    }
}
