package switchboard.routing.dialer;

import java.util.List;

/**
 * Prints progressive against predictive dialing on the same simulated campaign: 50 agents, a
 * 30 % answer rate, a 3 % abandon target, 8 measured hours after a 1-hour warm-up, five seeds.
 * Arguments (all optional): agents, answer rate, seeds.
 */
public final class DialerComparison {

    private DialerComparison() {
    }

    public static void main(String[] args) {
        int agents = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        double answerRate = args.length > 1 ? Double.parseDouble(args[1]) : 0.30;
        int seeds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        System.out.println("| mode | seed | dialed | answered | abandoned | abandon % | utilisation % | talk min / agent-hour |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (long seed = 1; seed <= seeds; seed++) {
            DialerSimulation.Settings settings = new DialerSimulation.Settings(agents, answerRate, 15, 20, 150, 10, 9, 1,
                    0.03, seed);
            for (DialerSimulation.Result r : List.of(DialerSimulation.progressive(settings),
                    DialerSimulation.predictive(settings))) {
                System.out.printf("| %s | %d | %d | %d | %d | %s | %.1f | %.1f |%n", r.mode(), seed, r.dialed(), r.answered(),
                        r.abandoned(), r.abandonRatePercent(), r.utilisationPercent(), r.talkMinutesPerAgentHour());
            }
        }
    }
}
