/**
 * Administration: the users who log in, their roles and the agents they work as; the agents,
 * their skills and teams; the queues and their routing rules. Changes to agents and queues are
 * stored first and then handed to the running call center, which routes by them at once, the
 * calls already waiting included: no restart.
 */
package switchboard.desktop.admin;
