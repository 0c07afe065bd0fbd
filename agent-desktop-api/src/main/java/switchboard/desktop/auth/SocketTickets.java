package switchboard.desktop.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Short-lived, single-use tickets for opening a WebSocket: a browser cannot set headers on a
 * WebSocket, and a login token in the URL would end up in access logs. A logged-in client asks
 * for a ticket with its bearer token and opens the socket with {@code ?ticket=} within
 * {@link #LIFETIME}; the ticket stands for that token once. Thread-safe.
 */
@ApplicationScoped
public class SocketTickets {

    /** How long a ticket may wait to be used. */
    static final Duration LIFETIME = Duration.ofSeconds(30);
    private static final int BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    SocketTickets(Clock clock) {
        this.clock = clock;
    }

    /** A ticket given to a client, and until when it may be used. */
    public record Ticket(String ticket, Instant expiresAt) {
    }

    private record Issued(String token, Instant expiresAt) {
    }

    /** A ticket standing for this login token. */
    public Ticket issue(String token) {
        Instant now = clock.instant();
        issued.values().removeIf(ticket -> ticket.expiresAt().isBefore(now));
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(LIFETIME);
        issued.put(ticket, new Issued(token, expiresAt));
        return new Ticket(ticket, expiresAt);
    }

    /** The login token a ticket stands for, once: a ticket used, expired or never issued gives nothing. */
    Optional<String> redeem(String ticket) {
        Issued found = ticket == null ? null : issued.remove(ticket);
        return found == null || found.expiresAt().isBefore(clock.instant()) ? Optional.empty()
                : Optional.of(found.token());
    }
}
