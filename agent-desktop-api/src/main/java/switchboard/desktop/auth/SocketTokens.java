package switchboard.desktop.auth;

import java.io.IOException;
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
 * Checks the login token a WebSocket brings as {@code ?token=} (browsers cannot set headers on
 * WebSockets): the same token, issuer and signature as the REST API's.
 */
@ApplicationScoped
public class SocketTokens {

    private static final Logger LOG = Logger.getLogger(SocketTokens.class);

    private final JWTParser parser;
    private final EnabledUsers users;

    SocketTokens(JWTParser parser, EnabledUsers users) {
        this.parser = parser;
        this.users = users;
    }

    /** Closes a socket whose token does not allow it, saying why in the close frame. */
    public static void turnAway(Session session, String reason) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason));
        } catch (IOException e) {
            LOG.debug("Closing a refused socket failed", e);
        }
    }

    /** The session's token if it is valid, carries {@code role}, and its user is still enabled. */
    public Optional<JsonWebToken> withRole(Session session, String role) {
        List<String> token = session.getRequestParameterMap().get("token");
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonWebToken jwt = parser.parse(token.get(0));
            return jwt.getGroups().contains(role) && users.enabled(jwt.getName()) ? Optional.of(jwt) : Optional.empty();
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
