/**
 * Queues (routing targets): the skills a call needs, the service level it is held to, wrap-up
 * and ring timeouts, overflow, and the bullseye relaxation steps that widen the pool of agents
 * as a call waits.
 */
package switchboard.desktop.queue;
