package switchboard.desktop.screenpop;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.Session;
import switchboard.desktop.callcenter.DesktopMessage;
import switchboard.desktop.callcenter.DesktopOutbox;
import switchboard.desktop.socket.Envelope;
import switchboard.desktop.threads.Threads;

/**
 * Every agent's outbox: numbered messages, kept for resuming, sent to the agent's open
 * desktops. One thread of its own numbers, writes and sends every message and serves every
 * resume, so nobody else waits for a desktop and no lock is shared with the routing loop.
 */
@ApplicationScoped
public class AgentDesks implements DesktopOutbox {

    static final int KEPT = 500;
    private static final Logger LOG = Logger.getLogger(AgentDesks.class);

    private final ObjectMapper json;
    private final Clock clock;
    private final ExecutorService outbox = Executors.newSingleThreadExecutor(Threads.named("desktop-outbox"));
    /** Open sessions, read from any thread. */
    private final Map<String, Set<Session>> sessions = new ConcurrentHashMap<>();
    /** Numbered messages; the outbox thread's own. */
    private final Map<String, Desk> desks = new ConcurrentHashMap<>();

    AgentDesks(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    void stop(@Observes ShutdownEvent event) {
        outbox.shutdownNow();
    }

    /** One agent's numbered messages. */
    private static final class Desk {
        private final Deque<Sent> kept = new ArrayDeque<>();
        private long lastSeq;
    }

    private record Sent(long seq, String text) {
    }

    @Override
    public void send(String agentCode, DesktopMessage message) {
        outbox.execute(() -> {
            Desk desk = desks.computeIfAbsent(agentCode, code -> new Desk());
            String text = Envelope.write(json, message.type(), ++desk.lastSeq, clock.instant(), message);
            desk.kept.addLast(new Sent(desk.lastSeq, text));
            if (desk.kept.size() > KEPT) {
                desk.kept.removeFirst();
            }
            sessionsOf(agentCode).forEach(session -> send(session, text));
        });
    }

    @Override
    public boolean hasDesktop(String agentCode) {
        return !sessionsOf(agentCode).isEmpty();
    }

    void attach(String agentCode, Session session) {
        sessions.computeIfAbsent(agentCode, code -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Returns whether the agent has no desktop open any more. */
    boolean detach(String agentCode, Session session) {
        Set<Session> open = sessions.get(agentCode);
        return open != null && open.remove(session) && open.isEmpty();
    }

    /** Sends the kept messages after {@code lastSeq}, in order, before any newer one. */
    void resume(String agentCode, Session session, long lastSeq) {
        outbox.execute(() -> {
            Desk desk = desks.get(agentCode);
            if (desk != null) {
                desk.kept.stream().filter(sent -> sent.seq() > lastSeq).forEach(sent -> send(session, sent.text()));
            }
        });
    }

    /** An {@code error} to one session; not numbered, as it concerns that connection only. */
    void error(Session session, String message) {
        send(session, Envelope.write(json, "error", null, clock.instant(), Map.of("message", message)));
    }

    private Set<Session> sessionsOf(String agentCode) {
        Set<Session> open = sessions.get(agentCode);
        return open == null ? Set.of() : open;
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
}
