/**
 * The written history of calls: the facts the routing loop emits about each call
 * ({@link switchboard.desktop.calllog.InteractionFact}) and the sink that turns them into
 * interactions, callbacks and do-not-call entries on the recorder's writer thread.
 */
package switchboard.desktop.calllog;
