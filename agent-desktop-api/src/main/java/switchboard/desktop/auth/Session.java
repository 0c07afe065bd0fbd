package switchboard.desktop.auth;

import java.time.Instant;
import java.util.Set;

/**
 * What a successful login returns.
 *
 * @param token the bearer token for {@code Authorization: Bearer ...} and the WebSockets
 * @param tokenType always {@code Bearer}
 * @param expiresAt when the token stops being accepted
 * @param username who logged in
 * @param roles what they may do
 * @param agentId the agent they work as, if any
 */
public record Session(String token, String tokenType, Instant expiresAt, String username, Set<String> roles,
        Long agentId) {
}
