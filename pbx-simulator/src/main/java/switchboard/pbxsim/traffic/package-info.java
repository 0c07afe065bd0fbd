/**
 * Simulated callers: Poisson arrivals at a configured rate, a mix of known customers' numbers and
 * unknown ones, IVR outcomes (intent, language), patience (callers who are not answered in time
 * hang up) and talk time (answered callers hang up after it).
 */
package switchboard.pbxsim.traffic;
