package switchboard.routing.kpi;

/**
 * KPIs of a queue or tier over the window.
 *
 * @param offered calls that asked for an agent, short abandons excluded
 * @param answered calls answered by an agent
 * @param abandoned callers who hung up waiting, short abandons excluded
 * @param shortAbandoned callers who hung up within the short-abandon threshold
 * @param serviceLevel answered within the threshold over offered, 0–1; NaN with nothing offered
 * @param asaSeconds mean queue time of answered calls; NaN with none answered
 * @param abandonRate abandoned over offered, 0–1; NaN with nothing offered
 * @param ahtSeconds mean talk plus wrap-up of handled calls; NaN with none handled
 */
public record Kpis(long offered, long answered, long abandoned, long shortAbandoned, double serviceLevel,
        double asaSeconds, double abandonRate, double ahtSeconds) {
}
