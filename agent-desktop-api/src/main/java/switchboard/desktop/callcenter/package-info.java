/**
 * Live calls, around one routing loop that never waits.
 *
 * <p>{@link switchboard.desktop.callcenter.CallLoop} is the loop: one thread owning the routing
 * engine, the roster of agents and queues, and every live call. The pieces around it each do one
 * job on it: {@link switchboard.desktop.callcenter.CtiIntake} turns the bridge's events into
 * engine calls; {@link switchboard.desktop.callcenter.Decisions} carries out the engine's
 * decisions (pop, ring, records); {@link switchboard.desktop.callcenter.AgentCommands},
 * {@link switchboard.desktop.callcenter.OutboundCalls}, {@link switchboard.desktop.callcenter.LiveViews}
 * and {@link switchboard.desktop.callcenter.IvrCalls} answer agents, the dialer, supervisors and
 * the IVR; {@link switchboard.desktop.callcenter.CallCenter} starts it all.
 *
 * <p>Nothing on the loop waits: callers' profiles are read before a call reaches it
 * ({@code customer.CallerProfiles}), records leave it as facts for the recorder
 * ({@code record.Recorder}), desktop messages go to an outbox port
 * ({@link switchboard.desktop.callcenter.DesktopOutbox}), PBX commands to the bridge's threads
 * ({@code switchboard.cti.CallControl}).
 *
 * <p>On the embedded default, {@link switchboard.desktop.callcenter.SimulatedTelephony} runs the
 * PBX simulator on loopback and {@link switchboard.desktop.callcenter.SimulatedAgents} plugs
 * simulated agents into the loop; in production neither is used.
 */
package switchboard.desktop.callcenter;
