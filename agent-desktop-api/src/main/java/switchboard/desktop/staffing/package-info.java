/**
 * The staffing calculator: how many agents a queue needs for a forecast interval to meet its
 * service-level target, by Erlang C, or by Erlang A when callers' patience is known, which
 * accounts for those who hang up and so needs fewer agents than Erlang C claims.
 */
package switchboard.desktop.staffing;
