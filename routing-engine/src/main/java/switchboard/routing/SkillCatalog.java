package switchboard.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Skill names as small integers, so agents' levels are arrays and lookups are indexes. */
final class SkillCatalog {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int id(String skill) {
        return ids.computeIfAbsent(skill, s -> {
            names.add(s);
            return names.size() - 1;
        });
    }

    String name(int id) {
        return names.get(id);
    }

    int size() {
        return names.size();
    }
}
