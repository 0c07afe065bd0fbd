/**
 * The ACD: agents with skills, queues with requirements, waiting calls, and the decisions that
 * join them, with an explanation for each.
 *
 * <p><b>Threading.</b> {@link switchboard.routing.RoutingEngine} is a single-writer state machine:
 * one thread calls it (the application's event loop, a test, the simulator). Nothing inside
 * locks, sleeps or reads the wall clock; time comes from a {@link switchboard.routing.TimeSource},
 * so the same inputs at the same times always give the same outputs.
 *
 * <p><b>Priority.</b> A waiting call's priority is {@code base + tierBoost + aging × waitSeconds}.
 * With one aging rate per queue that equals a fixed key {@code base + tierBoost − aging × enqueuedAt}
 * plus {@code aging × now}, so order within a queue never changes and a heap keeps it. Aging
 * guarantees that any call eventually overtakes newer higher-tier calls.
 *
 * <p><b>Matching.</b> Available agents are indexed by skill; a call looks only at the available
 * agents of its scarcest required skill. After every event no waiting call has an eligible
 * available agent, so a newly available agent only has to look at the head of each queue it can
 * serve, and a new call only at the available agents.
 *
 * <p><b>Relaxation.</b> After a queue's step times a waiting call accepts lower proficiency or
 * fewer skills (bullseye); a timer fires at each step and the call is offered to the wider pool.
 */
package switchboard.routing;
