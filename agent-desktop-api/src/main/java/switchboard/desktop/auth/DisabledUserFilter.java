package switchboard.desktop.auth;

import java.security.Principal;
import java.util.Optional;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import switchboard.desktop.problem.Problem;

/** Turns away a token whose user has since been disabled, though the token has not expired. */
public class DisabledUserFilter {

    private final EnabledUsers users;

    DisabledUserFilter(EnabledUsers users) {
        this.users = users;
    }

    @ServerRequestFilter
    public Optional<Response> refuseDisabled(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller == null || caller.getName() == null || users.enabled(caller.getName())) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(Response.Status.UNAUTHORIZED,
                "This login has been disabled; ask an administrator").toResponse());
    }
}
