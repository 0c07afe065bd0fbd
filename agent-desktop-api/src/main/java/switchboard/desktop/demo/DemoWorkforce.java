package switchboard.desktop.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import switchboard.desktop.demo.DemoData.AgentRow;
import switchboard.desktop.demo.DemoData.QueueRow;
import switchboard.desktop.demo.DemoData.StepRow;
import switchboard.desktop.demo.DemoData.UserRow;

/** The demo contact center: skills, teams, 24 agents, seven queues and the users who log in. */
final class DemoWorkforce {

    static final List<String> SKILLS = List.of("billing", "support", "sales", "retention", "english", "spanish",
            "german", "french");
    static final List<String> TEAMS = List.of("Care North", "Care South", "Retention Desk", "Sales Floor");

    /** name, team, then skill=proficiency pairs. */
    private static final String[][] AGENTS = {
            { "Alice Morgan", "Care North", "billing=5", "support=3", "english=5" },
            { "Bruno Díaz", "Care South", "billing=4", "support=2", "english=4", "spanish=5" },
            { "Chloé Martin", "Care North", "support=4", "english=4", "french=5" },
            { "Daniel Weber", "Care North", "support=5", "billing=2", "english=4", "german=5" },
            { "Elena Ruiz", "Retention Desk", "retention=5", "billing=4", "english=4", "spanish=5" },
            { "Farid Haddad", "Care South", "support=3", "sales=2", "english=5", "french=3" },
            { "Grace Kim", "Retention Desk", "retention=4", "sales=3", "english=5" },
            { "Hannah Schulz", "Care North", "billing=3", "support=4", "english=4", "german=5" },
            { "Ivan Petrov", "Sales Floor", "sales=5", "english=4" },
            { "Julia Costa", "Care South", "billing=2", "support=2", "english=3", "spanish=4" },
            { "Kevin O'Brien", "Sales Floor", "sales=4", "retention=2", "english=5" },
            { "Laura Bianchi", "Retention Desk", "retention=5", "support=3", "english=4", "french=4" },
            { "Miguel Torres", "Sales Floor", "sales=4", "billing=2", "english=3", "spanish=5" },
            { "Nina Larsen", "Care North", "support=3", "english=5", "german=3" },
            { "Omar Said", "Care South", "billing=3", "english=4", "french=4" },
            { "Priya Nair", "Care North", "billing=4", "support=4", "english=5" },
            { "Quentin Roy", "Care South", "support=2", "english=3", "french=5" },
            { "Rosa Jiménez", "Retention Desk", "retention=3", "billing=3", "english=3", "spanish=5" },
            { "Sam Taylor", "Care South", "support=1", "billing=1", "english=5" },
            { "Tobias Braun", "Sales Floor", "sales=3", "english=4", "german=5" },
            { "Uma Patel", "Retention Desk", "retention=4", "support=4", "english=5" },
            { "Victor Hugo", "Care North", "billing=2", "support=3", "english=3", "french=5" },
            { "Wendy Chen", "Sales Floor", "sales=5", "retention=3", "english=5" },
            { "Yusuf Demir", "Care South", "support=3", "billing=3", "english=4", "german=4" },
    };

    private DemoWorkforce() {
    }

    static List<AgentRow> agents() {
        return agents(AGENTS.length);
    }

    /**
     * The 24 named agents, then as many more as asked for (a larger call center for load tests):
     * {@code Agent 1025} and on, in the named agents' teams and with their skills, in turn.
     */
    static List<AgentRow> agents(int count) {
        List<AgentRow> agents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] row = AGENTS[i % AGENTS.length];
            Map<String, Integer> skills = new LinkedHashMap<>();
            for (int s = 2; s < row.length; s++) {
                String[] pair = row[s].split("=");
                skills.put(pair[0], Integer.parseInt(pair[1]));
            }
            String code = String.valueOf(1001 + i);
            agents.add(new AgentRow(i + 1, code, i < AGENTS.length ? row[0] : "Agent " + code, row[1], skills));
        }
        return agents;
    }

    static List<QueueRow> queues() {
        return List.of(
                queue(1, "general", "Anything, in English", 0, 80, 30, 20, 15, null, null,
                        Map.of("english", 3), List.of(new StepRow(60, 1, ""))),
                queue(2, "billing", "Bills, payments and charges", 10, 80, 20, 30, 15, 300, "general",
                        Map.of("billing", 2, "english", 3), List.of(new StepRow(30, 1, ""), new StepRow(90, 2, ""))),
                queue(3, "billing-es", "Facturación en español", 10, 80, 20, 30, 15, 300, "billing",
                        Map.of("billing", 2, "spanish", 4), List.of(new StepRow(45, 1, ""),
                                new StepRow(120, 1, "billing"))),
                queue(4, "support", "Technical support", 10, 80, 30, 45, 15, 300, "general",
                        Map.of("support", 2, "english", 3), List.of(new StepRow(45, 1, ""))),
                queue(5, "support-de", "Technischer Support auf Deutsch", 10, 80, 30, 45, 15, null, null,
                        Map.of("support", 2, "german", 4), List.of(new StepRow(60, 1, ""),
                                new StepRow(180, 0, "german"))),
                queue(6, "sales", "New services and upgrades", 5, 80, 20, 20, 15, null, null,
                        Map.of("sales", 2, "english", 3), List.of(new StepRow(40, 1, ""))),
                queue(7, "retention", "Customers who want to leave", 30, 90, 15, 60, 20, null, null,
                        Map.of("retention", 3, "english", 3), List.of(new StepRow(30, 1, ""),
                                new StepRow(90, 0, "retention"))));
    }

    /** The retention queue's own outcomes (code, label, whether it schedules a callback); other queues use the shared ones. */
    static final List<String[]> RETENTION_CODES = List.of(
            new String[] { "retained", "Retained with an offer", "false" },
            new String[] { "retained-no-offer", "Retained without an offer", "false" },
            new String[] { "declined", "Declined: leaving", "false" },
            new String[] { "callback", "Call the customer back", "true" },
            new String[] { "wrong-number", "Wrong number", "false" },
            new String[] { "do-not-call", "Asked not to be called", "false" });

    /** admin, supervisor, and one user per agent ({@code agent1001}...). */
    static List<UserRow> users(List<AgentRow> agents) {
        List<UserRow> users = new ArrayList<>();
        users.add(new UserRow(1, "admin", List.of("admin"), null));
        users.add(new UserRow(2, "supervisor", List.of("supervisor"), null));
        for (AgentRow agent : agents) {
            users.add(new UserRow(users.size() + 1, "agent" + agent.code(), List.of("agent"), agent.id()));
        }
        return users;
    }

    @SuppressWarnings("java:S107") // a queue has that many settings; the rows read as a table
    private static QueueRow queue(long id, String name, String description, int basePriority, int slPercent,
            int slSeconds, int wrapUp, int ringTimeout, Integer maxWait, String overflow, Map<String, Integer> skills,
            List<StepRow> steps) {
        return new QueueRow(id, name, description, basePriority, slPercent, slSeconds, wrapUp, ringTimeout, maxWait,
                overflow, new LinkedHashMap<>(new java.util.TreeMap<>(skills)), steps);
    }
}
