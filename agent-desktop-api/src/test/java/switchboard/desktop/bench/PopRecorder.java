package switchboard.desktop.bench;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

/**
 * One agent's desktop for the load driver: notes when each call's first screen-pop frame
 * arrives, and works like a person: answers a moment after the pop, and records a disposition
 * when the call has ended, so the agent takes calls again. A programmatic endpoint, so it is no
 * CDI bean of the application under test.
 */
final class PopRecorder extends Endpoint {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ANSWER_AFTER_MILLIS = 300;

    private final Map<String, Long> popArrivedNanos;
    private final ScheduledExecutorService person;
    private Session session;

    PopRecorder(Map<String, Long> popArrivedNanos, ScheduledExecutorService person) {
        this.popArrivedNanos = popArrivedNanos;
        this.person = person;
    }

    @Override
    public void onOpen(Session opened, EndpointConfig config) {
        this.session = opened;
        opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::received);
    }

    /** The time is taken first, before any parsing. */
    private void received(String text) {
        long now = System.nanoTime();
        try {
            JsonNode message = JSON.readTree(text);
            String type = message.path("type").asText();
            if ("screen-pop".equals(type)) {
                String callId = message.path("call").path("callId").asText();
                popArrivedNanos.putIfAbsent(callId, now);
                person.schedule(() -> send("{\"type\":\"answer\",\"callId\":\"" + callId + "\"}"), ANSWER_AFTER_MILLIS,
                        TimeUnit.MILLISECONDS);
            } else if ("call-state".equals(type) && "ended".equals(message.path("state").asText())) {
                send("{\"type\":\"disposition\",\"callId\":\"" + message.path("callId").asText()
                        + "\",\"code\":\"resolved\"}");
            }
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }

    private void send(String text) {
        session.getAsyncRemote().sendText(text);
    }
}
