package switchboard.desktop.auth;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import switchboard.desktop.problem.Problem;

/** Login. */
@Path("/api/auth")
public class AuthResource {

    private final AuthService auth;

    AuthResource(AuthService auth) {
        this.auth = auth;
    }

    /** Username and password. */
    public record Credentials(@NotBlank String username, @NotBlank String password) {
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Log in", description = "Returns a bearer token carrying the user's roles")
    public Session login(@NotNull(message = "send {\"username\": ..., \"password\": ...}") @Valid Credentials credentials) {
        return auth.login(credentials.username(), credentials.password());
    }

    @ServerExceptionMapper
    Response loginFailed(LoginFailedException e) {
        return Problem.of(Response.Status.UNAUTHORIZED, e.getMessage()).toResponse();
    }
}
