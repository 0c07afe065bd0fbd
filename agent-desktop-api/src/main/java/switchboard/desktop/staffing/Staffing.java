package switchboard.desktop.staffing;

/**
 * What an interval needs and what it then gets.
 *
 * @param model {@code erlang-c} or {@code erlang-a}
 * @param loadErlangs the offered load: calls × handle time ÷ interval
 * @param agents agents on the phones, the fewest that meet the target
 * @param scheduled agents to schedule once shrinkage is taken off
 * @param abandonPercent predicted abandons; null under Erlang C, which assumes nobody hangs up
 */
public record Staffing(String model, double loadErlangs, int agents, int scheduled, double serviceLevelPercent,
        double asaSeconds, double waitProbabilityPercent, double occupancyPercent, Double abandonPercent) {
}
