package switchboard.desktop.screenpop;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import switchboard.desktop.auth.CurrentUser;
import switchboard.desktop.auth.SocketTokens;
import switchboard.desktop.callcenter.AgentCommands;
import switchboard.desktop.callcenter.Disposition;
import switchboard.desktop.problem.Problem;
import switchboard.desktop.threads.Threads;

/**
 * {@code /ws/agent?ticket=<ticket>}: an agent's desktop. The ticket, from {@code POST
 * /api/auth/socket-ticket}, stands for the token from
 * {@code POST /api/auth/login} (browsers cannot set headers on WebSockets); it must carry the
 * agent role and an agent. A bad message gets an {@code error} reply and the connection stays.
 */
@ServerEndpoint("/ws/agent")
@ApplicationScoped
public class AgentSocket {

    private static final Logger LOG = Logger.getLogger(AgentSocket.class);
    private static final String AGENT = "agent";

    private final SocketTokens tokens;
    private final AgentDesks desks;
    private final AgentCommands commands;
    private final ObjectMapper json;
    /** WebSocket callbacks run on IO threads; the work (token checks, database) runs here, in order. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Threads.named("agent-desktops"));

    AgentSocket(SocketTokens tokens, AgentDesks desks, AgentCommands commands, ObjectMapper json) {
        this.tokens = tokens;
        this.desks = desks;
        this.commands = commands;
        this.json = json;
    }

    @OnOpen
    public void open(Session session) {
        worker.execute(() -> opened(session));
    }

    @OnMessage
    public void message(String text, Session session) {
        worker.execute(() -> received(text, session));
    }

    private void opened(Session session) {
        Optional<String> agent = agentOf(session);
        if (agent.isEmpty()) {
            desks.error(session, "Log in first: connect with ?ticket=<ticket from POST /api/auth/socket-ticket> of an agent");
            SocketTokens.turnAway(session, "not logged in as an agent");
            return;
        }
        session.getUserProperties().put(AGENT, agent.get());
        desks.attach(agent.get(), session);
        commands.deskOpened(agent.get());
        commands.announceState(agent.get());
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        String agent = (String) session.getUserProperties().get(AGENT);
        worker.execute(() -> {
            if (agent != null && desks.detach(agent, session)) {
                commands.deskClosed(agent);
            }
        });
    }

    private void received(String text, Session session) {
        String agent = (String) session.getUserProperties().get(AGENT);
        if (agent == null) {
            return;
        }
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (JsonProcessingException e) {
            desks.error(session, "Not a JSON message: " + e.getOriginalMessage());
            return;
        }
        String type = message.path("type").asText("");
        switch (type) {
            case "resume" -> resume(agent, session, message);
            case "set-state" -> answer(session, commands.setState(agent, message.path("state").asText(""),
                    message.path("reason").asText(null)));
            case "disposition" -> disposition(agent, session, message);
            case "hangup" -> hangup(agent, session, message);
            case "transfer" -> transfer(agent, session, message);
            case "hold", "unhold" -> hold(agent, session, message, "hold".equals(type));
            case "answer" -> callId(session, message, "answer")
                    .ifPresent(callId -> answer(session, commands.answer(agent, callId)));
            default -> desks.error(session, type.isEmpty() ? "A message needs a type"
                    : "Unknown message type '" + type + "'; expected one of " + List.of("resume", "set-state",
                            "disposition", "answer", "hangup", "hold", "unhold", "transfer"));
        }
    }

    private void resume(String agent, Session session, JsonNode message) {
        JsonNode lastSeq = message.path("lastSeq");
        if (!lastSeq.canConvertToLong() || lastSeq.asLong() < 0) {
            desks.error(session, "resume needs lastSeq, the sequence number of the last message received (0 for all)");
            return;
        }
        desks.resume(agent, session, lastSeq.asLong());
    }

    private void disposition(String agent, Session session, JsonNode message) {
        String callId = message.path("callId").asText("");
        String code = message.path("code").asText("");
        if (callId.isBlank() || code.isBlank()) {
            desks.error(session, "disposition needs callId and code");
            return;
        }
        Instant callbackAt;
        try {
            callbackAt = message.hasNonNull("callbackAt") ? Instant.parse(message.path("callbackAt").asText()) : null;
        } catch (DateTimeParseException e) {
            desks.error(session, "callbackAt must be a time such as 2026-11-23T09:30:00Z");
            return;
        }
        answer(session, commands.disposition(agent, callId, new Disposition(code, message.path("notes").asText(null),
                callbackAt)).thenApply(problem -> problem.map(Problem::detail)));
    }

    private void hangup(String agent, Session session, JsonNode message) {
        callId(session, message, "hangup").ifPresent(callId -> answer(session, commands.hangup(agent, callId)));
    }

    private void hold(String agent, Session session, JsonNode message, boolean on) {
        callId(session, message, on ? "hold" : "unhold")
                .ifPresent(callId -> answer(session, commands.hold(agent, callId, on)));
    }

    /** The message's call id, or empty after telling the desktop the command needs one. */
    private Optional<String> callId(Session session, JsonNode message, String command) {
        String callId = message.path("callId").asText("");
        if (callId.isBlank()) {
            desks.error(session, command + " needs callId");
            return Optional.empty();
        }
        return Optional.of(callId);
    }

    private void transfer(String agent, Session session, JsonNode message) {
        String callId = message.path("callId").asText("");
        if (callId.isBlank()) {
            desks.error(session, "transfer needs callId, and queue or agent");
            return;
        }
        String queue = message.path("queue").asText("");
        String to = message.path("agent").asText("");
        answer(session, commands.transfer(agent, callId, queue.isBlank() ? null : queue, to.isBlank() ? null : to)
                .thenApply(problem -> problem.map(Problem::detail)));
    }

    private void answer(Session session, CompletableFuture<Optional<String>> outcome) {
        outcome.whenComplete((problem, failure) -> {
            if (failure != null) {
                LOG.error("Desktop command failed", failure);
                desks.error(session, "That did not work; please try again");
            } else {
                problem.ifPresent(text -> desks.error(session, text));
            }
        });
    }

    private Optional<String> agentOf(Session session) {
        return tokens.withRole(session, AGENT).flatMap(CurrentUser::agentCodeOf);
    }
}
