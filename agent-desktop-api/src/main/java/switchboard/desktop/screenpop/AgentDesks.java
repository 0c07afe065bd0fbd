package switchboard.desktop.screenpop;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;

/**
 * Every agent's outbox: numbered messages, kept for resuming, sent to the agent's open desktops.
 * Thread-safe: the routing loop pushes, WebSocket threads attach, detach and resume.
 */
@ApplicationScoped
public class AgentDesks {

    static final int KEPT = 500;
    private static final Logger LOG = Logger.getLogger(AgentDesks.class);

    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, Desk> desks = new ConcurrentHashMap<>();

    AgentDesks(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** One agent's numbered messages and open sessions. */
    private static final class Desk {
        private final Deque<Sent> kept = new ArrayDeque<>();
        private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
        private long lastSeq;
    }

    private record Sent(long seq, String text) {
    }

    /** Numbers, keeps and sends a message to the agent's desktops. */
    public void push(String agentCode, String type, Map<String, ?> payload) {
        Desk desk = desks.computeIfAbsent(agentCode, code -> new Desk());
        String text;
        synchronized (desk) {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("type", type);
            message.put("seq", ++desk.lastSeq);
            message.put("ts", clock.instant().toString());
            message.putAll(payload);
            text = write(message);
            desk.kept.addLast(new Sent(desk.lastSeq, text));
            if (desk.kept.size() > KEPT) {
                desk.kept.removeFirst();
            }
            desk.sessions.forEach(session -> send(session, text));
        }
    }

    void attach(String agentCode, Session session) {
        desks.computeIfAbsent(agentCode, code -> new Desk()).sessions.add(session);
    }

    /** Returns whether the agent has no desktop open any more. */
    boolean detach(String agentCode, Session session) {
        Desk desk = desks.get(agentCode);
        if (desk == null) {
            return false;
        }
        synchronized (desk) {
            return desk.sessions.remove(session) && desk.sessions.isEmpty();
        }
    }

    /** Whether the agent has a desktop open. */
    public boolean hasDesktop(String agentCode) {
        Desk desk = desks.get(agentCode);
        return desk != null && !desk.sessions.isEmpty();
    }

    /** Sends the kept messages after {@code lastSeq}, in order. */
    void resume(String agentCode, Session session, long lastSeq) {
        Desk desk = desks.computeIfAbsent(agentCode, code -> new Desk());
        synchronized (desk) {
            desk.kept.stream().filter(sent -> sent.seq() > lastSeq).forEach(sent -> send(session, sent.text()));
        }
    }

    /** An {@code error} to one session; not numbered, as it concerns that connection only. */
    void error(Session session, String message) {
        Map<String, Object> error = new HashMap<>();
        error.put("type", "error");
        error.put("ts", clock.instant().toString());
        error.put("message", message);
        send(session, write(error));
    }

    /** Asynchronous, so no thread ever waits for a slow desktop; sends to a session keep their order. */
    private static void send(Session session, String text) {
        if (session.isOpen()) {
            session.getAsyncRemote().sendText(text, result -> {
                if (!result.isOK()) {
                    LOG.debugf("A desktop went away while sending: %s", result.getException().getMessage());
                }
            });
        }
    }

    private String write(Map<String, Object> message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a desktop message", e);
        }
    }
}
