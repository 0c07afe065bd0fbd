package switchboard.desktop.customer.scoring;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import switchboard.desktop.auth.Roles;

/** On-demand full scoring run, for administrators. */
@Path("/api/scoring/runs")
public class ScoringResource {

    private final ScoringService scoring;

    ScoringResource(ScoringService scoring) {
        this.scoring = scoring;
    }

    @POST
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Rescore every customer now", description = "Refits the value model and recomputes value, tier and churn risk")
    public ScoringService.RunSummary run() {
        return scoring.scoreAll();
    }
}
