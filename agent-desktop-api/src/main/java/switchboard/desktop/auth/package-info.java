/**
 * Who may do what. {@code POST /api/auth/login} checks a bcrypt password and returns a signed
 * JWT (SmallRye JWT, RS256) carrying the user's roles ({@code agent}, {@code supervisor},
 * {@code admin}) and, for agents, their agent id. Every other endpoint names the roles it allows;
 * the REST layer denies endpoints that name none.
 */
package switchboard.desktop.auth;
