/**
 * Every REST error as {@code application/problem+json} (RFC 9457) with a message a person can
 * act on: validation errors name each bad field, a missing resource names what was looked for,
 * and an unexpected failure is logged with an id the caller can quote.
 */
package switchboard.desktop.problem;
