package switchboard.desktop.callcenter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import switchboard.cti.CommandResult;
import switchboard.desktop.callback.Callbacks;
import switchboard.desktop.calllog.InteractionFact;
import switchboard.desktop.problem.Problem;
import switchboard.desktop.record.Recorder;
import switchboard.routing.AgentState;

/**
 * What agents ask for from their desktops (any thread): state changes, hang-up, hold, transfer,
 * answer, disposition. Each is checked on the loop against the live calls; PBX commands then go
 * to the bridge, records to the recorder. Each completes with the problem in words, or empty.
 */
@ApplicationScoped
public class AgentCommands {

    /** The disposition code of a customer who asks not to be called again. */
    static final String DO_NOT_CALL = "do-not-call";

    private final CallLoop loop;
    private final Recorder recorder;
    private final Callbacks callbacks;
    private final Decisions decisions;
    private final DesktopOutbox desks;

    AgentCommands(CallLoop loop, Recorder recorder, Callbacks callbacks, Decisions decisions, DesktopOutbox desks) {
        this.loop = loop;
        this.recorder = recorder;
        this.callbacks = callbacks;
        this.decisions = decisions;
        this.desks = desks;
    }

    /** {@code ready}, {@code not-ready} (with a reason) or {@code logout}. */
    public CompletableFuture<Optional<String>> setState(String agentCode, String state, String reason) {
        return loop.call(() -> {
            Roster roster = loop.roster();
            if (!roster.takesCalls(agentCode)) {
                return Optional.of("Agent " + agentCode + " is not set up for calls");
            }
            if (loop.engine().agentStatus(agentCode).state() == AgentState.LOGGED_OUT && !"logout".equals(state)) {
                loop.engine().login(agentCode, roster.agent(agentCode).skills());
            }
            switch (state) {
                case "ready" -> loop.engine().ready(agentCode);
                case "not-ready" -> loop.engine().notReady(agentCode, reason == null || reason.isBlank() ? "break" : reason);
                case "logout" -> loop.engine().logout(agentCode);
                default -> {
                    return Optional.of("state must be ready, not-ready or logout, not '" + state + "'");
                }
            }
            return Optional.empty();
        });
    }

    /** The agent ends their own call. */
    public CompletableFuture<Optional<String>> hangup(String agentCode, String callId) {
        return loop.call(() -> isConnectedTo(callId, agentCode))
                .thenCompose(theirs -> theirs ? loop.pbx().hangup(callId).thenApply(AgentCommands::problemOf)
                        : CompletableFuture.completedFuture(Optional.of("No call " + callId + " of yours to hang up")));
    }

    /** The agent puts the caller of their connected call on hold ({@code on}) or takes them off it. */
    public CompletableFuture<Optional<String>> hold(String agentCode, String callId, boolean on) {
        return loop.call(() -> isConnectedTo(callId, agentCode) ? holdProblem(loop.callOrNull(callId), on)
                : Optional.of("No connected call " + callId + " of yours to " + (on ? "hold" : "take off hold")))
                .thenCompose(problem -> problem.isPresent() ? CompletableFuture.completedFuture(problem)
                        : (on ? loop.pbx().hold(callId) : loop.pbx().unhold(callId)).thenApply(AgentCommands::problemOf));
    }

    private static Optional<String> holdProblem(ActiveCall call, boolean on) {
        if (on && call.heldSince != null) {
            return Optional.of("The caller is already on hold");
        }
        return !on && call.heldSince == null ? Optional.of("The caller is not on hold") : Optional.empty();
    }

    /** The agent passes their connected call on: to {@code queue}, or to the agent {@code toAgent} by name. */
    public CompletableFuture<Optional<Problem>> transfer(String agentCode, String callId, String queue, String toAgent) {
        return loop.call(() -> transferProblem(agentCode, callId, queue, toAgent))
                .thenCompose(problem -> problem.isPresent() ? CompletableFuture.completedFuture(problem)
                        : loop.pbx().transfer(callId, queue == null ? "" : queue, toAgent == null ? "" : toAgent)
                                .thenApply(result -> problemOf(result).map(p -> Problem.of(Status.CONFLICT, p))));
    }

    private Optional<Problem> transferProblem(String agentCode, String callId, String queue, String toAgent) {
        Roster roster = loop.roster();
        if (!isConnectedTo(callId, agentCode)) {
            return Optional.of(Problem.of(Status.CONFLICT, "No connected call " + callId + " of yours to transfer"));
        }
        if ((queue == null) == (toAgent == null)) {
            return invalid("queue", "transfer to a queue or to an agent, one of the two");
        }
        if (queue != null && !roster.hasQueue(queue)) {
            return invalid("queue", "no queue '" + queue + "'; queues are " + roster.queueNames());
        }
        if (toAgent != null && !roster.takesCalls(toAgent)) {
            return invalid("agent", "no agent '" + toAgent + "' takes calls");
        }
        return agentCode.equals(toAgent) ? invalid("agent", "the call is already yours") : Optional.empty();
    }

    /** Picks up the agent's ringing phone from the desktop, where the phones allow it. */
    public CompletableFuture<Optional<String>> answer(String agentCode, String callId) {
        return loop.call(() -> {
            ActiveCall call = loop.callOrNull(callId);
            if (call == null || !agentCode.equals(call.agent) || call.answered) {
                return CompletableFuture.completedFuture(Optional.of("No call " + callId + " ringing for you"));
            }
            return loop.hooks().answer(agentCode, loop.roster().agent(agentCode).device())
                    .orElseGet(() -> CompletableFuture.completedFuture(Optional.of("Pick up your phone to answer")));
        }).thenCompose(outcome -> outcome);
    }

    /**
     * The agent's disposition of their part of a call (connected now, or ended and not yet
     * written up): checked against the queue's codes, recorded, any callback scheduled, and
     * their wrap-up ends. A part already written up is not written up again.
     */
    public CompletableFuture<Optional<Problem>> disposition(String agentCode, String callId, Disposition disposition) {
        return loop.call(() -> dispositionNow(agentCode, callId, disposition));
    }

    /** On the loop. */
    Optional<Problem> dispositionNow(String agentCode, String callId, Disposition disposition) {
        Optional<String> queue = legQueue(agentCode, callId);
        if (queue.isEmpty()) {
            return Optional.of(Problem.of(Status.CONFLICT, "No call " + callId + " of yours to put a disposition on"));
        }
        List<DispositionOption> codes = loop.roster().dispositionCodes(queue.get());
        Optional<DispositionOption> chosen = codes.stream().filter(c -> c.code().equals(disposition.code())).findFirst();
        if (chosen.isEmpty()) {
            return invalidValue("code", "must be one of " + codes.stream().map(DispositionOption::code).toList() + ", not '"
                    + disposition.code() + "'");
        }
        Optional<String> problem = callbacks.checkRequest(disposition.code(), chosen.get().schedulesCallback(),
                disposition.callbackAt());
        if (problem.isPresent()) {
            return invalidValue("callbackAt", problem.get());
        }
        recorder.emit(new InteractionFact.Dispositioned(callId, loop.roster().agent(agentCode).id(), disposition.code(),
                disposition.notes(), disposition.callbackAt(), chosen.get().schedulesCallback(),
                DO_NOT_CALL.equals(disposition.code()), Instant.now()));
        loop.openLegs().dispositioned(agentCode, callId);
        loop.engine().wrapUpDone(agentCode);
        return Optional.empty();
    }

    /** The queue of the agent's part of the call, if it is theirs to write up. */
    private Optional<String> legQueue(String agentCode, String callId) {
        if (!loop.roster().takesCalls(agentCode) && loop.roster().agent(agentCode) == null) {
            return Optional.empty();
        }
        ActiveCall live = loop.callOrNull(callId);
        if (live != null && live.connectedTo(agentCode)) {
            return Optional.ofNullable(live.queue);
        }
        return loop.openLegs().find(agentCode, callId).map(OpenLegs.Leg::queue);
    }

    /** Pushes the agent's current state to their desktops: what a desktop shows when it connects. */
    public void announceState(String agentCode) {
        loop.execute(() -> {
            if (loop.roster().takesCalls(agentCode)) {
                desks.send(agentCode, decisions.stateMessage(loop.engine().agentStatus(agentCode)));
            }
        });
    }

    /** A person opened a desktop of the agent. */
    public void deskOpened(String agentCode) {
        loop.execute(() -> loop.hooks().deskOpened(agentCode));
    }

    /** The person closed the agent's last desktop. */
    public void deskClosed(String agentCode) {
        loop.execute(() -> loop.hooks().deskClosed(agentCode));
    }

    private boolean isConnectedTo(String callId, String agentCode) {
        ActiveCall call = loop.callOrNull(callId);
        return call != null && call.connectedTo(agentCode);
    }

    static Optional<String> problemOf(CommandResult result) {
        return result.success() ? Optional.empty() : Optional.of(result.message());
    }

    /** A field's value that does not fit: "code must be one of ...". */
    private static Optional<Problem> invalidValue(String field, String message) {
        return Optional.of(Problem.invalid(field + " " + message, List.of(new Problem.FieldError(field, message))));
    }

    private static Optional<Problem> invalid(String field, String message) {
        return Optional.of(Problem.invalid(field + ": " + message, List.of(new Problem.FieldError(field, message))));
    }
}
