package switchboard.pbxsim.ami;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
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
            "Exten", "Priority", "Application", "AppData", "ApplicationData", "Variable", "Value", "Cause", "DialStatus", "DestChannel",
            "Reason", "Uniqueid", "Linkedid", "DestUniqueid", "LocalOneChannel", "LocalTwoChannel", "BridgeNumChannels",
            "Queue", "MemberName", "Name", "Location", "Interface", "Membership", "Penalty", "Status", "InCall",
            "Paused", "PausedReason", "Strategy", "Calls", "Position", "Count", "EventList", "ListItems", "CallerIDNum",
            "CallerIDName", "ConnectedLineNum", "ConnectedLineName");
    private static final Set<String> LINKS = Set.of("Linkedid", "DestLinkedid", "LocalOneLinkedid", "LocalTwoLinkedid");
    private static final Pattern CHANNEL_SUFFIX = Pattern.compile("(Local/[^,;\\s]+|PJSIP/[^,;\\s]+)-([0-9a-f]{8})");
    private static final Pattern UNIQUEID = Pattern.compile("\\b\\d{9,}\\.\\d+\\b");

    private final Map<String, String> suffixes = new LinkedHashMap<>();
    private final Map<String, String> channelOf = new HashMap<>();
    private final Map<String, String> roles = new LinkedHashMap<>();

    private CallProjection(List<Capture.Message> messages) {
        for (Capture.Message m : messages) {
            if ("Newchannel".equals(m.event())) {
                channelOf.put(m.get("Uniqueid"), m.get("Channel"));
            }
        }
        queueMemberRoles(messages);
    }

    /** The call an originate with this ActionID made, as lines to compare in order. */
    static List<String> ofOriginate(List<Capture.Message> stream, String actionId, Set<String> variables) {
        List<Capture.Message> call = callMessages(stream, actionId, variables);
        CallProjection projection = new CallProjection(call);
        return call.stream().map(projection::line).toList();
    }

    /**
     * The call an originate made, each channel's lines in order (and each queue member's status
     * changes, each bridge's events, and the answers to the originate): for flows whose channels
     * run on threads of their own
     * on Asterisk, where only each channel's order is Asterisk's to keep. Queue members are named
     * by their part (the one that answered, those cancelled), not by who they were.
     */
    static Map<String, List<String>> ofOriginateByChannel(List<Capture.Message> stream, String actionId,
            Set<String> variables) {
        List<Capture.Message> call = callMessages(stream, actionId, variables);
        CallProjection projection = new CallProjection(call);
        Map<String, List<String>> byChannel = new TreeMap<>();
        for (Capture.Message m : call) {
            String key = m.get("ActionID") != null ? "answers to " + actionId
                    : m.get("Channel") != null ? projection.rename(m.get("Channel"))
                    : m.get("MemberName") != null ? "member " + projection.rename(m.get("MemberName"))
                    : m.get("BridgeUniqueid") != null ? "bridge" : String.valueOf(m.event());
            byChannel.computeIfAbsent(key, k -> new ArrayList<>()).add(projection.line(m));
        }
        return byChannel;
    }

    /** Messages as lines to compare, in order, without the events the simulator does not produce. */
    static List<String> of(List<Capture.Message> messages) {
        List<Capture.Message> kept = messages.stream().filter(m -> !LEFT_OUT.contains(String.valueOf(m.event())))
                .toList();
        CallProjection projection = new CallProjection(kept);
        return kept.stream().map(projection::line).toList();
    }

    private static List<Capture.Message> callMessages(List<Capture.Message> stream, String actionId,
            Set<String> variables) {
        String linkedid = linkedidOf(stream, actionId);
        return callEvents(stream, actionId, linkedid).stream()
                .filter(m -> !"VarSet".equals(m.event()) || variables.contains(String.valueOf(m.get("Variable"))))
                .toList();
    }

    /** The member app_queue connected is "answered"; the others rung are "cancelled-1", "cancelled-2" … */
    private void queueMemberRoles(List<Capture.Message> messages) {
        List<String> cancelled = new ArrayList<>();
        for (Capture.Message m : messages) {
            if ("AgentConnect".equals(m.event())) {
                roles.put(m.get("MemberName"), "answered");
            }
        }
        for (Capture.Message m : messages) {
            if ("AgentCalled".equals(m.event()) && !roles.containsKey(m.get("MemberName"))) {
                cancelled.add(m.get("MemberName"));
                roles.put(m.get("MemberName"), "cancelled-" + cancelled.size());
            }
        }
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

    /**
     * Channel suffixes become the order of the channel among those to the same place, unique ids
     * the channel they name, and queue members their part, so two PBXs' values compare.
     */
    private String rename(String value) {
        Matcher ids = UNIQUEID.matcher(value);
        StringBuilder out = new StringBuilder();
        while (ids.find()) {
            String channel = channelOf.get(ids.group());
            ids.appendReplacement(out, Matcher.quoteReplacement(channel == null ? "?" : "[" + channel + "]"));
        }
        ids.appendTail(out);
        String renamed = out.toString();
        for (Map.Entry<String, String> role : roles.entrySet()) {
            String member = role.getKey().replaceFirst("^Agent ", "");
            renamed = renamed.replace(role.getKey(), "Agent <" + role.getValue() + ">")
                    .replace(member, "<" + role.getValue() + ">");
        }
        Matcher channels = CHANNEL_SUFFIX.matcher(renamed);
        StringBuilder named = new StringBuilder();
        while (channels.find()) {
            String base = channels.group(1);
            String key = base + "-" + channels.group(2);
            if (!suffixes.containsKey(key)) {
                long before = suffixes.keySet().stream().filter(n -> n.startsWith(base + "-")).count();
                suffixes.put(key, "#" + (before + 1));
            }
            channels.appendReplacement(named, Matcher.quoteReplacement(base + "-" + suffixes.get(key)));
        }
        channels.appendTail(named);
        return named.toString();
    }
}
