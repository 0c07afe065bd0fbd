package switchboard.pbxsim.ami;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call's part of an AMI stream, reduced to what a replay compares: each event's name and key
 * fields in order, with channel suffixes and unique ids renamed by first appearance (the real
 * PBX's and the simulator's differ in value, not in shape).
 *
 * <p>A call's events are those naming its Linkedid (as Linkedid, DestLinkedid or a Local pair's
 * LocalOne/LocalTwoLinkedid), the answers to its originate (by ActionID), the bridges it enters,
 * and queue events while it lasts. Cdr (cdr_manager) and DeviceStateChange events are left out:
 * the simulator produces neither, and nothing in Switchboard reads them.
 */
final class CallProjection {

    private static final Set<String> LEFT_OUT = Set.of("Cdr", "DeviceStateChange");
    private static final List<String> KEY_FIELDS = List.of("Response", "Message", "Channel", "ChannelState", "Context",
            "Exten", "Priority", "Application", "AppData", "Variable", "Value", "Cause", "DialStatus", "DestChannel",
            "Reason", "Uniqueid", "Linkedid", "DestUniqueid", "LocalOneChannel", "LocalTwoChannel", "BridgeNumChannels",
            "Queue", "MemberName", "Name", "Location", "Interface", "Membership", "Penalty", "Status", "InCall",
            "Paused", "PausedReason", "Strategy", "Calls", "Position", "Count", "EventList", "ListItems", "CallerIDNum",
            "CallerIDName", "ConnectedLineNum", "ConnectedLineName");
    private static final Set<String> LINKS = Set.of("Linkedid", "DestLinkedid", "LocalOneLinkedid", "LocalTwoLinkedid");
    private static final Pattern CHANNEL_SUFFIX = Pattern.compile("(Local/[^,;\\s]+|PJSIP/[^,;\\s]+)-([0-9a-f]{8})");
    private static final Pattern UNIQUEID = Pattern.compile("\\b\\d{9,}\\.\\d+\\b");

    private final Map<String, String> names = new LinkedHashMap<>();

    private CallProjection() {
    }

    /** The call an originate with this ActionID made, as lines to compare. */
    static List<String> ofOriginate(List<Capture.Message> stream, String actionId, Set<String> variables) {
        String linkedid = linkedidOf(stream, actionId);
        List<Capture.Message> call = callEvents(stream, actionId, linkedid);
        CallProjection projection = new CallProjection();
        List<String> lines = new ArrayList<>();
        for (Capture.Message m : call) {
            if ("VarSet".equals(m.event()) && !variables.contains(String.valueOf(m.get("Variable")))) {
                continue;
            }
            lines.add(projection.line(m));
        }
        return lines;
    }

    /** Messages as lines to compare, in order, without the events the simulator does not produce. */
    static List<String> of(List<Capture.Message> messages) {
        CallProjection projection = new CallProjection();
        return messages.stream().filter(m -> !LEFT_OUT.contains(String.valueOf(m.event()))).map(projection::line)
                .toList();
    }

    private static String linkedidOf(List<Capture.Message> stream, String actionId) {
        String uniqueid = stream.stream().filter(m -> "OriginateResponse".equals(m.event())
                && actionId.equals(m.get("ActionID"))).map(m -> m.get("Uniqueid")).findFirst()
                .orElseThrow(() -> new AssertionError("no OriginateResponse for " + actionId));
        return stream.stream().filter(m -> "Newchannel".equals(m.event()) && uniqueid.equals(m.get("Uniqueid")))
                .map(m -> m.get("Linkedid")).findFirst()
                .orElseThrow(() -> new AssertionError("no Newchannel for " + uniqueid));
    }

    private static List<Capture.Message> callEvents(List<Capture.Message> stream, String actionId, String linkedid) {
        Set<String> bridges = new HashSet<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < stream.size(); i++) {
            Capture.Message m = stream.get(i);
            if (ofCall(m, actionId, linkedid)) {
                first = first < 0 ? i : first;
                last = i;
                if (m.get("BridgeUniqueid") != null) {
                    bridges.add(m.get("BridgeUniqueid"));
                }
            }
        }
        List<Capture.Message> events = new ArrayList<>();
        for (int i = Math.max(first, 0); i <= last; i++) {
            Capture.Message m = stream.get(i);
            boolean queueEvent = m.get("Queue") != null && m.get("Linkedid") == null && m.get("ActionID") == null;
            if (!LEFT_OUT.contains(String.valueOf(m.event()))
                    && (ofCall(m, actionId, linkedid) || bridges.contains(m.get("BridgeUniqueid")) || queueEvent)) {
                events.add(m);
            }
        }
        return events;
    }

    /** Answers to other actions (a CoreShowChannels listing the call) are theirs, not the call's. */
    private static boolean ofCall(Capture.Message m, String actionId, String linkedid) {
        if (m.get("ActionID") != null) {
            return actionId.equals(m.get("ActionID"));
        }
        return LINKS.stream().anyMatch(k -> linkedid.equals(m.get(k)));
    }

    private String line(Capture.Message m) {
        StringJoiner line = new StringJoiner(" ");
        line.add(m.event() != null ? m.event() : "Response");
        for (String field : KEY_FIELDS) {
            String value = m.get(field);
            if (value != null && !value.isEmpty()) {
                line.add(field + "=" + rename(value));
            }
        }
        return line.toString();
    }

    /** Channel suffixes and unique ids become #1, #2 … by first appearance. */
    private String rename(String value) {
        Matcher channels = CHANNEL_SUFFIX.matcher(value);
        StringBuilder out = new StringBuilder();
        while (channels.find()) {
            channels.appendReplacement(out, Matcher.quoteReplacement(channels.group(1) + "-" + symbol("c" + channels.group(2))));
        }
        channels.appendTail(out);
        Matcher ids = UNIQUEID.matcher(out.toString());
        StringBuilder renamed = new StringBuilder();
        while (ids.find()) {
            ids.appendReplacement(renamed, Matcher.quoteReplacement(symbol("u" + ids.group())));
        }
        ids.appendTail(renamed);
        return renamed.toString();
    }

    private String symbol(String key) {
        String known = names.get(key);
        if (known != null) {
            return known;
        }
        long sameKind = names.keySet().stream().filter(n -> n.charAt(0) == key.charAt(0)).count();
        String symbol = key.charAt(0) + "#" + (sameKind + 1);
        names.put(key, symbol);
        return symbol;
    }
}
