package switchboard.routing.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import switchboard.routing.CustomerTier;
import switchboard.routing.QueueConfig;
import switchboard.routing.Strategy;

/**
 * Runs every routing policy on the same seeded trace of the value-mix scenario and prints SL,
 * ASA and abandon rate per tier and overall; {@code --csv FILE} also writes them as CSV.
 *
 * <pre>java -cp routing-engine/target/classes switchboard.routing.sim.SimulationMain --hours 24 --seed 2026 --csv sim.csv</pre>
 */
public final class SimulationMain {

    private SimulationMain() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        double hours = Double.parseDouble(options.getOrDefault("hours", "24"));
        long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
        Scenario scenario = Scenarios.valueMix(hours);
        Trace trace = Trace.generate(scenario, seed);
        List<String> rows = new ArrayList<>();
        rows.add("policy,group,offered,service_level,asa_seconds,abandon_rate,mean_agent_proficiency");
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "value-mix scenario: %d calls over %.0f h, seed %d%n%n", trace.arrivals().size(), hours,
                seed);
        out.printf(Locale.ROOT, "%-30s %-9s %8s %7s %8s %8s %12s%n", "policy", "group", "offered", "SL", "ASA s",
                "abandon", "agent skill");
        for (Map.Entry<String, UnaryOperator<QueueConfig>> policy : policies().entrySet()) {
            SimulationResult result = Simulator.run(scenario, trace, policy.getValue(), seed);
            Map<String, Outcome> groups = new LinkedHashMap<>();
            for (CustomerTier tier : List.of(CustomerTier.PLATINUM, CustomerTier.GOLD, CustomerTier.SILVER,
                    CustomerTier.BRONZE)) {
                groups.put(tier.name(), result.byTier().getOrDefault(tier, Outcome.NONE));
            }
            groups.put("overall", result.overall());
            groups.forEach((group, o) -> {
                out.printf(Locale.ROOT, "%-30s %-9s %8d %6.1f%% %8.1f %7.1f%% %12.2f%n", policy.getKey(), group,
                        o.offered(), 100 * o.serviceLevel(), o.asaSeconds(), 100 * o.abandonRate(),
                        o.meanAgentProficiency());
                rows.add(String.format(Locale.ROOT, "%s,%s,%d,%.4f,%.2f,%.4f,%.3f", policy.getKey(), group,
                        o.offered(), o.serviceLevel(), o.asaSeconds(), o.abandonRate(), o.meanAgentProficiency()));
            });
        }
        if (options.containsKey("csv")) {
            Files.write(Path.of(options.get("csv")), rows);
            out.println("\nwrote " + options.get("csv"));
        }
    }

    private static Map<String, UnaryOperator<QueueConfig>> policies() {
        Map<String, UnaryOperator<QueueConfig>> policies = new LinkedHashMap<>();
        policies.put("value-matched (tier priority)", Scenarios.valueMatched());
        for (Strategy strategy : Strategy.values()) {
            if (strategy != Strategy.VALUE_MATCHED) {
                policies.put("fifo + " + strategy.name().toLowerCase(Locale.ROOT), Scenarios.fifo(strategy));
            }
        }
        return policies;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
