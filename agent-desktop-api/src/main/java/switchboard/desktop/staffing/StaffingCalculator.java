package switchboard.desktop.staffing;

import jakarta.enterprise.context.ApplicationScoped;
import switchboard.desktop.figures.Figures;
import switchboard.desktop.problem.InvalidInputProblem;
import switchboard.routing.erlang.ErlangA;
import switchboard.routing.erlang.ErlangC;

/** Agents for a forecast interval, on the routing engine's Erlang math. */
@ApplicationScoped
public class StaffingCalculator {

    /** Beyond these loads the models' sums leave double range; real operations split such queues. */
    static final double MAX_LOAD_ERLANG_C = 5000;
    static final double MAX_LOAD_ERLANG_A = 600;

    public Staffing staff(StaffingRequest r) {
        double intervalSeconds = r.intervalMinutes * 60.0;
        double load = ErlangC.load(r.calls, intervalSeconds, r.ahtSeconds);
        double target = r.slTargetPercent / 100;
        if (r.patienceSeconds == null) {
            checkLoad(load, MAX_LOAD_ERLANG_C);
            int agents = ErlangC.agentsFor(load, r.ahtSeconds, r.slSeconds, target);
            return new Staffing("erlang-c", round(load), agents, scheduled(agents, r.shrinkagePercent),
                    percent(ErlangC.serviceLevel(load, agents, r.ahtSeconds, r.slSeconds)),
                    round(ErlangC.asa(load, agents, r.ahtSeconds)),
                    percent(ErlangC.probabilityOfWaiting(load, agents)), percent(ErlangC.occupancy(load, agents)), null);
        }
        checkLoad(load, MAX_LOAD_ERLANG_A);
        double callsPerSecond = r.calls / intervalSeconds;
        int agents = ErlangA.agentsFor(callsPerSecond, r.ahtSeconds, r.patienceSeconds, r.slSeconds, target);
        ErlangA model = new ErlangA(callsPerSecond, r.ahtSeconds, r.patienceSeconds, agents);
        double abandon = model.probabilityOfAbandoning();
        return new Staffing("erlang-a", round(load), agents, scheduled(agents, r.shrinkagePercent),
                percent(model.serviceLevel(r.slSeconds)), round(model.asa()), percent(model.probabilityOfWaiting()),
                percent(Math.min(1, load * (1 - abandon) / agents)), percent(abandon));
    }

    private static void checkLoad(double load, double max) {
        if (load > max) {
            throw new InvalidInputProblem("calls", "a load of " + Math.round(load) + " Erlangs is more than one queue's "
                    + "calculation handles (" + Math.round(max) + "); split the forecast across queues");
        }
    }

    private static int scheduled(int agents, double shrinkagePercent) {
        return (int) Math.ceil(agents / (1 - shrinkagePercent / 100) - 1e-9);
    }

    private static double percent(double ratio) {
        return Figures.round(ratio * 100, 1);
    }

    private static double round(double value) {
        return Figures.round(value, 2);
    }
}
