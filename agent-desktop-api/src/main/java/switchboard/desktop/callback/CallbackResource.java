package switchboard.desktop.callback;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.auth.CurrentUser;
import switchboard.desktop.auth.Roles;
import switchboard.desktop.customer.Customer;
import switchboard.desktop.customer.phone.InvalidPhoneNumberException;
import switchboard.desktop.customer.phone.PhoneNumbers;
import switchboard.desktop.problem.InvalidInputProblem;
import switchboard.desktop.queue.RoutingQueue;

/** Callbacks over REST: agents see theirs, supervisors everyone's; anyone may schedule one. */
@Path("/api/callbacks")
@RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
public class CallbackResource {

    private final Callbacks callbacks;
    private final CurrentUser user;
    private final PhoneNumbers phoneNumbers;

    CallbackResource(Callbacks callbacks, CurrentUser user, PhoneNumbers phoneNumbers) {
        this.callbacks = callbacks;
        this.user = user;
        this.phoneNumbers = phoneNumbers;
    }

    /** A callback to schedule: the number to call, when, and who should (an agent or a queue). */
    public record CallbackRequest(Long customerId, @NotBlank @Size(max = 32) String phone, @NotNull Instant dueAt,
            @Size(max = 32) String queue, @Size(max = 16) String agent, @Size(max = 4000) String notes) {
    }

    /** A callback as the API shows it. */
    public record CallbackView(long id, Long customerId, String phone, Instant dueAt, Long queueId, Long agentId,
            String source, String originCallId, String notes, String status) {

        static CallbackView of(Callback c) {
            return new CallbackView(c.id, c.customerId, c.phone, c.dueAt, c.queueId, c.agentId, c.source.name(),
                    c.originCallId, c.notes, c.status.name());
        }
    }

    @GET
    @Operation(summary = "Scheduled callbacks", description = "Soonest first: an agent's own, or everyone's for a supervisor")
    public List<CallbackView> scheduled() {
        Long agent = user.seesEverything() ? null : user.agentId().orElse(-1L);
        return callbacks.scheduled(agent).stream().map(CallbackView::of).toList();
    }

    @POST
    @Transactional
    @Operation(summary = "Schedule a callback", description = "Within the next 30 days; the dialer calls in the customer's calling window")
    public Response schedule(@Valid @NotNull CallbackRequest request) {
        callbacks.checkTime(request.dueAt()).ifPresent(problem -> {
            throw new InvalidInputProblem("dueAt", problem);
        });
        Callback callback = new Callback();
        callback.customerId = request.customerId();
        if (request.customerId() != null && Customer.findById(request.customerId()) == null) {
            throw new InvalidInputProblem("customerId", "no customer " + request.customerId());
        }
        try {
            callback.phone = phoneNumbers.toE164(request.phone());
        } catch (InvalidPhoneNumberException e) {
            throw new InvalidInputProblem("phone", e.getMessage());
        }
        callback.queueId = request.queue() == null ? null : queueId(request.queue());
        callback.agentId = request.agent() == null ? user.agentId().orElse(null) : agentId(request.agent());
        callback.source = Callback.Source.API;
        callback.notes = request.notes();
        Callback saved = callbacks.schedule(callback, request.dueAt());
        return Response.created(URI.create("/api/callbacks/" + saved.id)).entity(CallbackView.of(saved)).build();
    }

    private static Long queueId(String name) {
        RoutingQueue queue = RoutingQueue.find("name", name).firstResult();
        if (queue == null) {
            throw new InvalidInputProblem("queue", "no queue '" + name + "'");
        }
        return queue.id;
    }

    private static Long agentId(String code) {
        Agent agent = Agent.find("code", code).firstResult();
        if (agent == null) {
            throw new InvalidInputProblem("agent", "no agent '" + code + "'");
        }
        return agent.id;
    }
}
