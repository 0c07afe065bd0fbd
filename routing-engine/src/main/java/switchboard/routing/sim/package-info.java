/**
 * A discrete-event simulator around the real {@link switchboard.routing.RoutingEngine}: a seeded
 * {@link switchboard.routing.sim.Trace} of arrivals (Poisson per queue, customer tiers, handle
 * times, patience) is played against a {@link switchboard.routing.sim.Scenario}'s agents and
 * queues on a virtual clock, so different strategies can be compared on exactly the same calls.
 * {@link switchboard.routing.sim.SimulationMain} runs every strategy from the command line and
 * writes a table and a CSV.
 */
package switchboard.routing.sim;
