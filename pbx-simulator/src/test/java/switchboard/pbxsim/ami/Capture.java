package switchboard.pbxsim.ami;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference capture of a real Asterisk 22.10.1 AMI session, read as messages in the order
 * they crossed the wire: the client's actions and the server's responses and events.
 */
final class Capture {

    /** One message: who sent it, and its headers in order (a repeated header keeps its last value). */
    record Message(boolean fromClient, Map<String, String> headers) {

        String get(String key) {
            return headers.get(key);
        }

        String event() {
            return headers.get("Event");
        }
    }

    private final List<Message> messages;

    private Capture(List<Message> messages) {
        this.messages = messages;
    }

    static Capture reference() {
        try (InputStream in = Capture.class.getResourceAsStream("/asterisk22-ami-capture.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Capture parse(String text) {
        List<Message> messages = new ArrayList<>();
        boolean fromClient = false;
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#")) {
                flush(messages, fromClient, headers);
                headers = new LinkedHashMap<>();
                if (line.startsWith("##### ")) {
                    fromClient = line.startsWith("##### >>");
                }
            } else if (line.isEmpty()) {
                flush(messages, fromClient, headers);
                headers = new LinkedHashMap<>();
            } else if (line.contains(": ") || line.endsWith(":")) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        flush(messages, fromClient, headers);
        return new Capture(Collections.unmodifiableList(messages));
    }

    private static void flush(List<Message> messages, boolean fromClient, Map<String, String> headers) {
        if (!headers.isEmpty()) {
            messages.add(new Message(fromClient, headers));
        }
    }

    List<Message> messages() {
        return messages;
    }

    /** The client's action with this ActionID. */
    Message action(String actionId) {
        return messages.stream().filter(m -> m.fromClient() && actionId.equals(m.get("ActionID"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no action " + actionId + " in the capture"));
    }

    /**
     * What the server said to this action before the client's next one: its answers, and events
     * that belong to no other action.
     */
    List<Message> answersTo(String actionId) {
        int start = messages.indexOf(action(actionId));
        List<Message> answers = new ArrayList<>();
        for (Message m : messages.subList(start + 1, messages.size())) {
            if (m.fromClient() && answers.size() > 0) {
                break;
            }
            if (!m.fromClient() && (m.get("ActionID") == null || actionId.equals(m.get("ActionID")))) {
                answers.add(m);
            }
        }
        return answers;
    }

    /** The server's answers to this action: the messages that carry its ActionID. */
    List<Message> answersWithId(String actionId) {
        return serverMessagesAfter(actionId).stream().filter(m -> actionId.equals(m.get("ActionID"))).toList();
    }

    /** The server's messages after this action, to the end of the capture. */
    List<Message> serverMessagesAfter(String actionId) {
        int start = messages.indexOf(action(actionId));
        List<Message> after = new ArrayList<>();
        for (Message m : messages.subList(start + 1, messages.size())) {
            if (!m.fromClient()) {
                after.add(m);
            }
        }
        return after;
    }
}
