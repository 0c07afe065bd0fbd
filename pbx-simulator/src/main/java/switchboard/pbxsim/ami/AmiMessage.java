package switchboard.pbxsim.ami;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One AMI message: ordered headers, keys case-insensitive, a key may repeat ({@code Variable}).
 * Not thread-safe; built and written by one thread.
 */
public final class AmiMessage {

    private final List<String[]> headers = new ArrayList<>();

    public static AmiMessage response(String status) {
        return new AmiMessage().add("Response", status);
    }

    public static AmiMessage event(String name) {
        return new AmiMessage().add("Event", name);
    }

    public AmiMessage add(String key, Object value) {
        headers.add(new String[] { key, value == null ? "" : value.toString() });
        return this;
    }

    /** Adds every header of {@code other}, in order. */
    public AmiMessage addAll(AmiMessage other) {
        headers.addAll(other.headers);
        return this;
    }

    /** A copy with a header inserted after the first one (where Asterisk puts the ActionID). */
    public AmiMessage withSecond(String key, String value) {
        AmiMessage copy = new AmiMessage();
        copy.headers.addAll(headers);
        copy.headers.add(Math.min(1, headers.size()), new String[] { key, value });
        return copy;
    }

    /** The headers whose keys are not among {@code excluded} (case-insensitive), in order. */
    public List<Map.Entry<String, String>> headersExcept(Set<String> excluded) {
        return headers.stream().filter(h -> !excluded.contains(h[0].toLowerCase(Locale.ROOT)))
                .map(h -> Map.entry(h[0], h[1])).toList();
    }

    /** The first value of a header, matched case-insensitively. */
    public Optional<String> get(String key) {
        return headers.stream().filter(h -> h[0].equalsIgnoreCase(key)).map(h -> h[1]).findFirst();
    }

    /** Every value of a header, in order. */
    public List<String> getAll(String key) {
        return headers.stream().filter(h -> h[0].equalsIgnoreCase(key)).map(h -> h[1]).toList();
    }

    public String action() {
        return get("Action").map(a -> a.toLowerCase(Locale.ROOT)).orElse("");
    }

    public boolean isEmpty() {
        return headers.isEmpty();
    }

    /** The message on the wire: each header {@code Key: Value\r\n}, then a blank line. */
    public String toWire() {
        StringBuilder wire = new StringBuilder(headers.size() * 32);
        for (String[] header : headers) {
            wire.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        return wire.append("\r\n").toString();
    }

    @Override
    public String toString() {
        return toWire().replace("\r\n", " | ");
    }
}
