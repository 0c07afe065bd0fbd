package switchboard.desktop.callcenter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import switchboard.routing.QueueConfig;

/**
 * The agents and queues live calls are routed among, as the database last said. Owned by the
 * routing loop: read and changed on that thread only.
 */
final class Roster {

    private final Map<String, RosterAgent> agents = new HashMap<>();
    private final Map<String, RoutedQueue> queues = new HashMap<>();

    /** Adds or replaces the agent; whether they were known before. */
    boolean put(RosterAgent agent) {
        return agents.put(agent.code(), agent) != null;
    }

    /** Adds or replaces the queue; whether it was known before. */
    boolean put(RoutedQueue queue) {
        return queues.put(queue.name(), queue) != null;
    }

    /** Whether the agent is set up and active. */
    boolean takesCalls(String code) {
        RosterAgent agent = agents.get(code);
        return agent != null && agent.active();
    }

    /** The agent, known even when no longer active (their last call still needs their device). */
    RosterAgent agent(String code) {
        return agents.get(code);
    }

    /** The agents who take calls, by code; of one team, or all when {@code team} is null. */
    List<String> agentsTakingCalls(String team) {
        return agents.values().stream().filter(a -> a.active() && a.inTeam(team)).map(RosterAgent::code).sorted()
                .toList();
    }

    boolean hasQueue(String name) {
        return queues.containsKey(name);
    }

    /** The queue's routing configuration, or null. */
    QueueConfig queue(String name) {
        RoutedQueue queue = queues.get(name);
        return queue == null ? null : queue.routing();
    }

    /** The disposition codes of the queue's calls; none for a queue not known. */
    List<DispositionOption> dispositionCodes(String name) {
        RoutedQueue queue = queues.get(name);
        return queue == null ? List.of() : queue.dispositionCodes();
    }

    /** {@code <intent>-<language>} when such a queue exists, else {@code <intent>}, else {@code general}. */
    String queueFor(String intent, String language) {
        String specific = intent + "-" + language;
        if (hasQueue(specific)) {
            return specific;
        }
        return hasQueue(intent) ? intent : "general";
    }

    List<String> queueNames() {
        return queues.keySet().stream().sorted().toList();
    }
}
