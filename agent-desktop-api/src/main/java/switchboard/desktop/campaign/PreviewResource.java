package switchboard.desktop.campaign;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import switchboard.desktop.auth.CurrentUser;
import switchboard.desktop.auth.Roles;
import switchboard.desktop.problem.Problem;

/** An agent's decision on a number a preview campaign showed them. */
@Path("/api/desktop/previews/{attemptId}")
@RolesAllowed(Roles.AGENT)
public class PreviewResource {

    private final Dialer dialer;
    private final CurrentUser user;

    PreviewResource(Dialer dialer, CurrentUser user) {
        this.dialer = dialer;
        this.user = user;
    }

    @POST
    @Path("/call")
    @Operation(summary = "Call the previewed number", description = "The customer's phone rings; who answers is put through to you")
    public Response call(@PathParam("attemptId") long attemptId) {
        return decide(attemptId, true);
    }

    @POST
    @Path("/skip")
    @Operation(summary = "Skip the previewed number", description = "It goes back to the list for an hour later; you are free for the next one")
    public Response skip(@PathParam("attemptId") long attemptId) {
        return decide(attemptId, false);
    }

    private Response decide(long attemptId, boolean call) {
        return dialer.decidePreview(attemptId, agent(), call)
                .map(problem -> Problem.of(Response.Status.CONFLICT, problem).toResponse())
                .orElseGet(() -> Response.noContent().build());
    }

    private String agent() {
        return user.agentCode();
    }
}
