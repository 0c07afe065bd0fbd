package switchboard.desktop.auth;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

/**
 * Checks who opens a WebSocket: the socket brings a single-use ticket ({@code ?ticket=}, from
 * {@code POST /api/auth/socket-ticket}; browsers cannot set headers on WebSockets), which stands
 * for a login token checked as the REST API checks it: issuer, signature, role, user enabled.
 */
@ApplicationScoped
public class SocketTokens {

    private static final Logger LOG = Logger.getLogger(SocketTokens.class);

    private final JWTParser parser;
    private final EnabledUsers users;

    private final SocketTickets tickets;

    SocketTokens(JWTParser parser, EnabledUsers users, SocketTickets tickets) {
        this.parser = parser;
        this.users = users;
        this.tickets = tickets;
    }

    /** Closes a socket whose token does not allow it, saying why in the close frame. */
    public static void turnAway(Session session, String reason) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason));
        } catch (IOException e) {
            LOG.debug("Closing a refused socket failed", e);
        }
    }

    /**
     * The token the session's ticket stands for, if it is valid, carries one of the roles, and
     * its user is still enabled. The ticket is used up by this call.
     */
    public Optional<JsonWebToken> withRole(Session session, String... roles) {
        List<String> ticket = session.getRequestParameterMap().get("ticket");
        Optional<String> token = ticket == null || ticket.isEmpty() ? Optional.empty() : tickets.redeem(ticket.get(0));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonWebToken jwt = parser.parse(token.get());
            boolean hasRole = Arrays.stream(roles).anyMatch(jwt.getGroups()::contains);
            return hasRole && users.enabled(jwt.getName()) ? Optional.of(jwt) : Optional.empty();
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
