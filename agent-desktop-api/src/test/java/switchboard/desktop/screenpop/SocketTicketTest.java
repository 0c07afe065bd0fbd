package switchboard.desktop.screenpop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.Session;
import switchboard.desktop.Api;
import switchboard.desktop.SocketClient;

/** A desktop opens its socket with a single-use ticket; the login token itself opens nothing. */
@QuarkusTest
class SocketTicketTest {

    @TestHTTPResource("/ws/agent")
    URI endpoint;

    @Test
    void aTicketOpensOneSocketOnceAndTheLoginTokenInTheUrlOpensNone() throws Exception {
        String ticket = SocketClient.ticket(Api.token("agent1008"));
        assertNotNull(ticket);

        SocketClient first = new SocketClient();
        Session opened = open(first, "?ticket=" + ticket);
        assertEquals("agent-state", first.next("agent-state").path("type").asText());
        opened.close();

        SocketClient again = new SocketClient();
        open(again, "?ticket=" + ticket);
        assertTrue(again.closedByServer(), "a used ticket opened a second socket");

        SocketClient withToken = new SocketClient();
        open(withToken, "?token=" + Api.token("agent1008"));
        assertTrue(withToken.closedByServer(), "the login token in the URL opened a socket");
    }

    private Session open(SocketClient client, String query) throws Exception {
        return ContainerProvider.getWebSocketContainer().connectToServer(client,
                URI.create(endpoint.toString().replaceFirst("^http", "ws") + query));
    }
}
