/**
 * Outbound pacing: {@code PredictivePacer} decides how many calls to place for a campaign, and
 * {@code DialerSimulation} plays a campaign on a virtual clock to compare dialing modes.
 */
package switchboard.routing.dialer;
