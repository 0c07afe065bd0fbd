package switchboard.desktop.auth;

import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.ForbiddenException;
import switchboard.desktop.agent.Agent;

import org.eclipse.microprofile.jwt.JsonWebToken;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, as their token describes them. */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;

    CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    public String username() {
        return token.getName();
    }

    /** Supervisors and administrators see every customer and call. */
    public boolean seesEverything() {
        return token.getGroups().contains(Roles.SUPERVISOR) || token.getGroups().contains(Roles.ADMIN);
    }

    /** The code of the agent the caller works as; 403 when they are none. */
    public String agentCode() {
        return agentCodeOf(token).orElseThrow(() -> new ForbiddenException("Your login is not an agent's"));
    }

    /** The agent code a token was issued for, from the token itself (tokens from before it carried one: the database). */
    public static Optional<String> agentCodeOf(JsonWebToken token) {
        Object code = token.getClaim(AuthService.AGENT_CODE_CLAIM);
        if (code != null) {
            return Optional.of(code.toString());
        }
        return agentIdOf(token).map(id -> QuarkusTransaction.joiningExisting().call(() -> Agent.<Agent>findById(id)))
                .map(a -> a.code);
    }

    /** The agent the caller works as, if they are one. */
    public Optional<Long> agentId() {
        return agentIdOf(token);
    }

    private static Optional<Long> agentIdOf(JsonWebToken token) {
        Object claim = token.getClaim(AuthService.AGENT_ID_CLAIM);
        return claim instanceof Number number ? Optional.of(number.longValue())
                : Optional.ofNullable(claim).map(Object::toString).map(Long::valueOf);
    }
}
