package switchboard.desktop.auth;

import java.util.Optional;

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

    /** The agent the caller works as, if they are one. */
    public Optional<Long> agentId() {
        Object claim = token.getClaim(AuthService.AGENT_ID_CLAIM);
        return claim instanceof Number number ? Optional.of(number.longValue())
                : Optional.ofNullable(claim).map(Object::toString).map(Long::valueOf);
    }
}
