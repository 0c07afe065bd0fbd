package switchboard.desktop.auth;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import switchboard.desktop.problem.Problem;

/** Login. */
@Path("/api/auth")
public class AuthResource {

    private final AuthService auth;
    private final LoginThrottle throttle;
    private final SocketTickets tickets;
    private final JsonWebToken token;

    AuthResource(AuthService auth, LoginThrottle throttle, SocketTickets tickets, JsonWebToken token) {
        this.auth = auth;
        this.throttle = throttle;
        this.tickets = tickets;
        this.token = token;
    }

    /** Username and password. */
    public record Credentials(@NotBlank String username, @NotBlank String password) {
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Log in", description = "Returns a bearer token carrying the user's roles. Repeated "
            + "failures slow further attempts down: 429 with Retry-After while locked")
    @APIResponseSchema(Session.class)
    public Response login(@NotNull(message = "send {\"username\": ..., \"password\": ...}") @Valid Credentials credentials,
            @Context HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Optional<Duration> wait = throttle.wait(credentials.username(), address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
            return Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS, "Too many failed logins for "
                    + credentials.username() + " from here; try again in " + seconds + " s").toResponse())
                    .header("Retry-After", seconds).build();
        }
        try {
            Session session = auth.login(credentials.username(), credentials.password());
            throttle.succeeded(credentials.username(), address);
            return Response.ok(session).build();
        } catch (LoginFailedException e) {
            throttle.failed(credentials.username(), address);
            throw e;
        }
    }

    @POST
    @Path("/socket-ticket")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "A ticket to open a WebSocket", description = "Single use, valid for 30 s: open "
            + "/ws/agent or /ws/supervisor with ?ticket=<ticket>, so no login token appears in a URL")
    public SocketTickets.Ticket socketTicket() {
        return tickets.issue(token.getRawToken());
    }

    @ServerExceptionMapper
    Response loginFailed(LoginFailedException e) {
        return Problem.of(Response.Status.UNAUTHORIZED, e.getMessage()).toResponse();
    }
}
