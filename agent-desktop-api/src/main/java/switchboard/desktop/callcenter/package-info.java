/**
 * Live calls: the CTI bridge's events drive the routing engine, the engine's decisions become
 * call-control commands, and every call leaves an interaction record.
 *
 * <p>{@link switchboard.desktop.callcenter.CallCenter} owns the {@code RoutingEngine} on one
 * thread (the routing loop): bridge events are posted to it, timers tick on it, and decisions are
 * carried out from it. On the embedded default, {@link switchboard.desktop.callcenter.SimulatedTelephony}
 * runs the PBX simulator on loopback with the shipped dialplan, agents' phones that answer, and
 * traffic; in production the bridge connects to the Asterisk servers configured under
 * {@code swb.callcenter.pbx}.
 */
package switchboard.desktop.callcenter;
