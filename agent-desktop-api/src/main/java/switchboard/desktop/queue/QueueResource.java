package switchboard.desktop.queue;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import switchboard.desktop.auth.Roles;

/** The queues, for anyone who routes calls to them (a desktop's transfer list). */
@Path("/api")
@RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
public class QueueResource {

    /** A queue by name, with what it is for. */
    public record QueueLine(String name, String description) {
    }

    @GET
    @Path("/queues")
    @Transactional
    @Operation(summary = "Every queue", description = "By name")
    public List<QueueLine> queues() {
        return RoutingQueue.<RoutingQueue>list("order by name").stream()
                .map(q -> new QueueLine(q.name, q.description)).toList();
    }
}
