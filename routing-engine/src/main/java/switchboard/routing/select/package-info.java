/**
 * Choosing one agent among the eligible available ones. The engine fills a
 * {@link switchboard.routing.select.CandidateBatch} (structure of arrays, reused, no allocation
 * per decision) and a strategy's {@link switchboard.routing.select.AgentSelector} picks. Scoring
 * selectors break ties by agent id, so the same candidates always give the same choice.
 */
package switchboard.routing.select;
