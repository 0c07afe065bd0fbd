/**
 * The CTI bridge: one {@link switchboard.cti.PbxConnection} per Asterisk over AMI (Asterisk-Java),
 * turning raw channel events into one call model and normalised {@link switchboard.cti.CtiEvent}s,
 * and carrying call-control commands back.
 *
 * <p><b>Threading.</b> Asterisk-Java delivers events on its single dispatch thread, which must
 * never block (a synchronous action from a listener always times out). The bridge's listener only
 * hands each event to the connection's own intake thread, which owns the call model; normalised
 * events reach the {@link switchboard.cti.CtiListener} on a delivery thread of their own, so a
 * slow listener delays neither. Commands are sent asynchronously with callbacks and answered with
 * futures.
 *
 * <p><b>Resync.</b> Events emitted while disconnected are lost. After every (re)connect the
 * bridge lists the live channels (CoreShowChannels) and reconciles: calls that ended meanwhile are
 * closed and flagged, calls that started meanwhile are adopted.
 */
package switchboard.cti;
