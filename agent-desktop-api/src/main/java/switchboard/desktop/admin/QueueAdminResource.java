package switchboard.desktop.admin;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import switchboard.desktop.auth.Roles;

/** Queues for administrators; changes reach live routing before the answer. */
@Path("/api/admin/queues")
@RolesAllowed(Roles.ADMIN)
public class QueueAdminResource {

    private final QueueAdmin queues;

    QueueAdminResource(QueueAdmin queues) {
        this.queues = queues;
    }

    @GET
    @Operation(summary = "Every queue with its settings", description = "By name")
    public List<QueueAdmin.QueueView> all() {
        return queues.all();
    }

    @PUT
    @Path("/{name}")
    @Operation(summary = "Create or change a queue", description = "201 when created. Calls waiting in the queue "
            + "stay in their order and are routed by the new settings at once; the KPIs carry on. "
            + "With If-None-Match: * an existing queue is refused")
    public Response put(@PathParam("name") @Pattern(regexp = AgentAdminResource.NAME,
            message = AgentAdminResource.NAME_MESSAGE) String name, @Valid @NotNull QueueAdmin.QueueFields fields,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return Created.or200(queues.put(name, fields, "*".equals(ifNoneMatch)), URI.create("/api/admin/queues/" + name));
    }
}
