package switchboard.desktop.supervisor;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import switchboard.desktop.auth.Roles;
import switchboard.routing.CustomerTier;

/** Queues and agents now, for supervisors. */
@Path("/api")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class SupervisorResource {

    private final SupervisorViews views;

    SupervisorResource(SupervisorViews views) {
        this.views = views;
    }

    /** Every queue, and the same KPIs per customer tier. */
    public record Stats(List<QueueStats> queues, Map<CustomerTier, QueueStats.KpiView> tiers) {
    }

    @GET
    @Path("/queues/stats")
    @Operation(summary = "Queue statistics now", description = "Waiting, longest wait, agents by state, and SL, ASA, abandon rate, AHT over the last hour, per queue and per customer tier")
    public Stats stats() {
        return new Stats(views.queues(), views.tiers());
    }

    @GET
    @Path("/agents")
    @Operation(summary = "The agent board", description = "Every agent's state, since when, and their current call")
    public List<SupervisorViews.AgentLine> agents() {
        return views.agents();
    }
}
