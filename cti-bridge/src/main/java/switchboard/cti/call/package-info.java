/**
 * One call model per PBX: a call is keyed by its Linkedid (the conversation), its legs by
 * Uniqueid; the caller's leg is the channel that entered Switchboard's dialplan, an agent's leg
 * the device it dialled. Fed only by the connection's intake thread.
 */
package switchboard.cti.call;
