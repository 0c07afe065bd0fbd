package switchboard.desktop.socket;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one envelope of every WebSocket message, desktop and wallboard alike:
 * {@code {"type": ..., "seq": ..., "ts": ..., <the payload's fields>}}. {@code seq} numbers a
 * desktop's messages for resuming; messages about one connection only (an {@code error}) and
 * wallboard messages carry none.
 */
public final class Envelope {

    private Envelope() {
    }

    /**
     * The message as JSON text.
     *
     * @param seq the message's number, or null for an unnumbered message
     * @param payload a record or map whose fields follow the envelope's
     */
    public static String write(ObjectMapper json, String type, Long seq, Instant ts, Object payload) {
        ObjectNode message = json.createObjectNode();
        message.put("type", type);
        if (seq != null) {
            message.put("seq", seq);
        }
        message.put("ts", ts.toString());
        JsonNode fields = json.valueToTree(payload);
        if (fields instanceof ObjectNode object) {
            message.setAll(object);
        }
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a " + type + " message", e);
        }
    }
}
