package switchboard.desktop.campaign;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import switchboard.desktop.auth.Roles;
import switchboard.desktop.callcenter.OutboundCalls;

/** Campaigns for supervisors: create from a segment, start, pause, stop; progress, compliance, audit trail. */
@Path("/api/campaigns")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
@Blocking
public class CampaignResource {

    private final CampaignService campaigns;
    private final CampaignFigures figures;
    private final OutboundCalls calls;

    CampaignResource(CampaignService campaigns, CampaignFigures figures, OutboundCalls calls) {
        this.campaigns = campaigns;
        this.figures = figures;
        this.calls = calls;
    }

    @POST
    @Operation(summary = "Create a campaign", description = "Its target list comes from the segment, most valuable and most at risk first; consent and do-not-call are respected")
    public Response create(@Valid @NotNull CampaignRequest request) {
        Campaign campaign = campaigns.create(request);
        return Response.created(URI.create("/api/campaigns/" + campaign.id)).entity(figures.view(campaign, null)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "Every campaign with its progress")
    public List<CampaignView> list() {
        return Campaign.<Campaign>list("order by id").stream().map(c -> figures.view(c, null)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One campaign with its progress and the agents free for it now")
    public CompletionStage<CampaignView> one(@PathParam("id") long id) {
        Campaign campaign = campaigns.find(id);
        return calls.availableAgents(campaign.queue.name, campaign.team == null ? null : campaign.team.name)
                .thenApply(free -> figures.view(campaign, free));
    }

    /** How many targets an import added. */
    public record Imported(int imported) {
    }

    @POST
    @Path("/{id}/targets")
    @Consumes("text/csv")
    @Operation(summary = "Import targets from CSV", description = "phone,customer_id with a header line; every row checked; if any is rejected, nothing is imported and each rejected row is named by line")
    public Imported importTargets(@PathParam("id") long id, String csv) {
        return new Imported(campaigns.importTargets(id, csv == null ? "" : csv));
    }

    @POST
    @Path("/{id}/start")
    @Operation(summary = "Start or resume dialing")
    public CampaignView start(@PathParam("id") long id) {
        return figures.view(campaigns.changeStatus(id, Campaign.Status.RUNNING), null);
    }

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Pause dialing; calls under way finish")
    public CampaignView pause(@PathParam("id") long id) {
        return figures.view(campaigns.changeStatus(id, Campaign.Status.PAUSED), null);
    }

    @POST
    @Path("/{id}/stop")
    @Operation(summary = "Stop for good")
    public CampaignView stop(@PathParam("id") long id) {
        return figures.view(campaigns.changeStatus(id, Campaign.Status.STOPPED), null);
    }

    @GET
    @Path("/{id}/compliance")
    @Operation(summary = "Compliance figures", description = "Abandon rate over 24 h and 30 days, calls outside the window (must be 0), do-not-call and consent blocks")
    public ComplianceReport compliance(@PathParam("id") long id) {
        return figures.compliance(campaigns.find(id));
    }

    @GET
    @Path("/{id}/attempts")
    @Transactional
    @Operation(summary = "The audit trail", description = "Every dial decision, newest first: allowed or not and why, the local time, the pacing, the outcome")
    public List<DialAttempt> attempts(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page) {
        campaigns.find(id);
        return DialAttempt.<DialAttempt>find("campaignId = ?1 order by decidedAt desc, id desc", id).page(page, 100).list();
    }
}
