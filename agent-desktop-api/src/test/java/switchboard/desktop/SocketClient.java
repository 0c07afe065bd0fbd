package switchboard.desktop;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.websocket.ClientEndpoint;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;

/** A real WebSocket client, as a desktop or a wallboard: collects what the server sends. */
@ClientEndpoint
public class SocketClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    /**
     * Connects to {@code endpoint} (an http URI from {@code @TestHTTPResource}) as a page does:
     * with a ticket asked for with the login token, if one is given and a ticket is granted.
     */
    public static Session connect(SocketClient client, URI endpoint, String token) throws Exception {
        String ticket = token == null ? null : ticket(token);
        URI uri = URI.create(endpoint.toString().replaceFirst("^http", "ws") + (ticket == null ? "" : "?ticket=" + ticket));
        return ContainerProvider.getWebSocketContainer().connectToServer(client, uri);
    }

    /** A socket ticket for the login token, or null when it is refused. */
    public static String ticket(String token) {
        io.restassured.response.Response response = io.restassured.RestAssured.given().auth().oauth2(token)
                .post("/api/auth/socket-ticket");
        return response.statusCode() == 200 ? response.path("ticket") : null;
    }

    @OnMessage
    public void message(String text) throws Exception {
        received.add(JSON.readTree(text));
    }

    @OnClose
    public void close(Session session) {
        closed = true;
    }

    /** Whether the server closed the connection within five seconds. */
    public boolean closedByServer() throws InterruptedException {
        for (int i = 0; i < 100 && !closed; i++) {
            Thread.sleep(50);
        }
        return closed;
    }

    /** The next message of this type, skipping others; fails after 15 s without one. */
    public JsonNode next(String type) throws InterruptedException {
        return next(type, message -> true);
    }

    /** The next message of this type that also matches; fails after 15 s without one. */
    public JsonNode next(String type, Predicate<JsonNode> matching) throws InterruptedException {
        return next(type, matching, 15);
    }

    /** The next message of this type that also matches; fails after {@code seconds} without one. */
    public JsonNode next(String type, Predicate<JsonNode> matching, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<JsonNode> skipped = new ArrayList<>();
        JsonNode message;
        while ((message = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
            if (type.equals(message.path("type").asText()) && matching.test(message)) {
                return message;
            }
            skipped.add(message);
        }
        throw new AssertionError("no matching " + type + " within " + seconds + " s; received " + skipped);
    }
}
