package switchboard.desktop.screenpop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import switchboard.desktop.callcenter.Disposition;
import switchboard.desktop.auth.CurrentUser;
import switchboard.desktop.auth.Roles;
import switchboard.desktop.callcenter.AgentCommands;
import switchboard.desktop.problem.Problem;

/**
 * The desktop's commands over REST, for integrations and desktops that cannot keep a WebSocket:
 * the same rules and the same effects as the {@code /ws/agent} messages, for the caller's own
 * agent and calls only.
 */
@Path("/api/desktop")
@Blocking
@RolesAllowed(Roles.AGENT)
public class DesktopResource {

    private final AgentCommands commands;
    private final CurrentUser user;

    DesktopResource(AgentCommands commands, CurrentUser user) {
        this.commands = commands;
        this.user = user;
    }

    /** A state the agent asks for. */
    public record StateChange(@NotBlank String state, @Size(max = 64) String reason) {
    }

    /** How the call ended, for the record. */
    public record DispositionRequest(@NotBlank @Size(max = 48) String code, @Size(max = 4000) String notes,
            Instant callbackAt) {
    }

    @PUT
    @Path("/state")
    @Operation(summary = "Change my state", description = "ready, not-ready (with a reason) or logout; a change during a call applies after it")
    public CompletionStage<Response> state(@Valid @NotNull StateChange change) {
        return commands.setState(agent(), change.state(), change.reason())
                .thenApply(problem -> done(problem, p -> Problem.invalid(p, List.of(new Problem.FieldError("state", p)))));
    }

    @POST
    @Path("/calls/{callId}/disposition")
    @Operation(summary = "Disposition my call", description = "Records the code and notes on the interaction, schedules the callback a callback code asks for (callbackAt), and ends wrap-up")
    public CompletionStage<Response> disposition(@PathParam("callId") String callId,
            @Valid @NotNull DispositionRequest d) {
        return commands.disposition(agent(), callId, new Disposition(d.code(), d.notes(), d.callbackAt()))
                .thenApply(problem -> problem.map(Problem::toResponse).orElseGet(() -> Response.noContent().build()));
    }

    /** Where to pass the call: a queue, or an agent by code. */
    public record TransferRequest(@Size(max = 32) String queue, @Size(max = 16) String agent) {
    }

    @POST
    @Path("/calls/{callId}/transfer")
    @Operation(summary = "Transfer my call", description = "Blind transfer to a queue (routed again by the ACD) or to an agent by code (rung when available; after 60 s, or if they do not answer, anyone in the queue)")
    public CompletionStage<Response> transfer(@PathParam("callId") String callId, @Valid @NotNull TransferRequest t) {
        return commands.transfer(agent(), callId, blankToNull(t.queue()), blankToNull(t.agent()))
                .thenApply(problem -> problem.map(Problem::toResponse).orElseGet(() -> Response.noContent().build()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @POST
    @Path("/calls/{callId}/hangup")
    @Operation(summary = "Hang up my call")
    public CompletionStage<Response> hangup(@PathParam("callId") String callId) {
        return commands.hangup(agent(), callId).thenApply(problem -> done(problem, p -> Problem.of(Status.CONFLICT, p)));
    }

    @POST
    @Path("/calls/{callId}/answer")
    @Operation(summary = "Answer my ringing phone", description = "The simulated call center only; a real agent picks up their phone")
    public CompletionStage<Response> answer(@PathParam("callId") String callId) {
        return commands.answer(agent(), callId).thenApply(problem -> done(problem, p -> Problem.of(Status.CONFLICT, p)));
    }

    @POST
    @Path("/calls/{callId}/hold")
    @Operation(summary = "Put my caller on hold", description = "The caller hears music; the agent's phone stays up")
    public CompletionStage<Response> hold(@PathParam("callId") String callId) {
        return commands.hold(agent(), callId, true).thenApply(problem -> done(problem, p -> Problem.of(Status.CONFLICT, p)));
    }

    @POST
    @Path("/calls/{callId}/unhold")
    @Operation(summary = "Take my caller off hold")
    public CompletionStage<Response> unhold(@PathParam("callId") String callId) {
        return commands.hold(agent(), callId, false).thenApply(problem -> done(problem, p -> Problem.of(Status.CONFLICT, p)));
    }

    private String agent() {
        return user.agentCode();
    }

    private static Response done(Optional<String> problem, Function<String, Problem> asProblem) {
        return problem.map(p -> asProblem.apply(p).toResponse()).orElseGet(() -> Response.noContent().build());
    }
}
