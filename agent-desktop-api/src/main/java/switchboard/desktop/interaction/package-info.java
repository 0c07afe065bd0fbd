/**
 * Interactions: one record per call, inbound or outbound, with its times, outcome, disposition,
 * notes, IVR path and the routing explanation of why it went where it went.
 */
package switchboard.desktop.interaction;
