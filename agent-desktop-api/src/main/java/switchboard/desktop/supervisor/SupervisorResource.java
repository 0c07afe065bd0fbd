package switchboard.desktop.supervisor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import switchboard.cti.SpyMode;
import switchboard.desktop.auth.Roles;
import switchboard.desktop.problem.InvalidInputProblem;
import switchboard.desktop.problem.NotFoundProblem;
import switchboard.desktop.problem.Problem;
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

    /** A state an agent is put in. */
    public record StateChange(@NotBlank String state, String reason) {
    }

    @GET
    @Path("/calls")
    @Operation(summary = "Live calls", description = "Every call the ACD holds: waiting, ringing an agent or connected, longest in the ACD first")
    public List<SupervisorViews.CallLine> calls() {
        return views.calls();
    }

    /** Who joins a call, and how. */
    public record SpyRequest(@NotBlank @Pattern(regexp = "listen|whisper|barge", message = "must be listen, whisper or barge") String mode,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9]+/[^\\s]+", message = "must be a device such as PJSIP/2001") String device) {
    }

    @POST
    @Path("/calls/{callId}/spy")
    @Operation(summary = "Listen, whisper or barge", description = "Rings the supervisor's device; once answered they hear the call (listen), speak to the agent only (whisper) or to both (barge). 202 when the device is being rung; 409 when the call is not connected to an agent.")
    public Response spy(@PathParam("callId") String callId, @Valid @NotNull SpyRequest request) {
        Optional<String> problem = views.spy(callId, request.device(), SpyMode.valueOf(request.mode().toUpperCase(Locale.ROOT)));
        if (problem.isPresent()) {
            return Problem.of(Status.CONFLICT, problem.get()).toResponse();
        }
        return Response.accepted(Map.of("message", "Ringing " + request.device() + " to " + request.mode() + " on " + callId))
                .build();
    }

    @PUT
    @Path("/agents/{agent}/state")
    @Operation(summary = "Change an agent's state", description = "ready, not-ready (with a reason) or logout, as the agent's desktop would; a change during a call applies after it. The agent's desktop is told.")
    public Response setState(@PathParam("agent") String agent, @Valid @NotNull StateChange change) {
        if (views.agents().stream().noneMatch(line -> line.agent().equals(agent))) {
            throw new NotFoundProblem("agent set up for calls", agent);
        }
        views.setAgentState(agent, change.state(), change.reason()).ifPresent(problem -> {
            throw new InvalidInputProblem("state", problem);
        });
        return Response.noContent().build();
    }

    @GET
    @Path("/agents")
    @Operation(summary = "The agent board", description = "Every agent's state, since when, and their current call")
    public List<SupervisorViews.AgentLine> agents() {
        return views.agents();
    }
}
