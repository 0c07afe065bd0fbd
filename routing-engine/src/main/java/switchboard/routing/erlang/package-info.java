/**
 * Staffing maths. {@link switchboard.routing.erlang.ErlangC} (M/M/N, callers never give up) and
 * {@link switchboard.routing.erlang.ErlangA} (M/M/N+M, exponential patience): probability of
 * waiting, service level, average speed of answer, and the agents needed for a service-level
 * target. Erlang C over-staffs where callers abandon; Erlang A accounts for them.
 */
package switchboard.routing.erlang;
