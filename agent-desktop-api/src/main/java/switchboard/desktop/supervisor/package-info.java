/**
 * The supervisor's live view: {@code /api/queues/stats}, {@code /api/agents} and {@code /api/calls} on
 * demand, agents' states changed from {@code PUT /api/agents/{agent}/state}, and
 * {@code /ws/supervisor}, which pushes {@code queue-stats} and {@code agent-board} once a second
 * and an {@code alert} when a queue falls below its service-level target or its longest wait
 * passes the threshold.
 */
package switchboard.desktop.supervisor;
