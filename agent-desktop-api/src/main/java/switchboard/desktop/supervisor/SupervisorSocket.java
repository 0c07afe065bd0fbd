package switchboard.desktop.supervisor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import switchboard.desktop.auth.Roles;
import switchboard.desktop.auth.SocketTokens;

/** {@code /ws/supervisor?ticket=<ticket>}: a wallboard, fed once a second by {@link SupervisorFeed}. */
@ServerEndpoint("/ws/supervisor")
@ApplicationScoped
public class SupervisorSocket {

    private final SocketTokens tokens;
    private final SupervisorFeed feed;

    SupervisorSocket(SocketTokens tokens, SupervisorFeed feed) {
        this.tokens = tokens;
        this.feed = feed;
    }

    @OnOpen
    public void open(Session session) {
        boolean allowed = tokens.withRole(session, Roles.SUPERVISOR, Roles.ADMIN).isPresent();
        if (!allowed) {
            session.getAsyncRemote().sendText("{\"type\":\"error\",\"message\":\"Log in first: connect with "
                    + "?ticket=<ticket from POST /api/auth/socket-ticket> of a supervisor\"}",
                    result -> SocketTokens.turnAway(session, "not logged in as a supervisor"));
            return;
        }
        feed.attach(session);
    }

    @OnMessage
    public void message(String text, Session session) {
        session.getAsyncRemote().sendText("{\"type\":\"error\",\"message\":\"The wallboard only listens\"}");
    }

    @OnClose
    public void close(Session session) {
        feed.detach(session);
    }
}
