package switchboard.pbxsim.ami;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import switchboard.pbxsim.pbx.CallerId;
import switchboard.pbxsim.pbx.SimulatedPbx;

/**
 * One AMI client connection: banner, authentication, actions, and the PBX's events while the
 * client wants them. Replies carry the client's ActionID verbatim.
 */
final class AmiSession extends SimpleChannelInboundHandler<AmiMessage> {

    private static final String VERSION = "22.10.1";

    private final SimulatedPbx pbx;
    private final Map<String, String> secrets;
    private ChannelHandlerContext context;
    private String challenge;
    private boolean authenticated;
    private volatile boolean eventsOn = true;
    private final Consumer<AmiMessage> events = this::forward;

    AmiSession(SimulatedPbx pbx, Map<String, String> secrets) {
        this.pbx = pbx;
        this.secrets = secrets;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.context = ctx;
        ctx.writeAndFlush(AmiServer.BANNER);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        pbx.unsubscribe(events);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        reply(AmiMessage.response("Error").add("Message", "Malformed request: " + cause.getMessage()), "");
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, AmiMessage request) {
        String actionId = request.get("ActionID").orElse(null);
        String action = request.action();
        if (action.isEmpty()) {
            reply(error("Missing action in request"), actionId);
            return;
        }
        if (!authenticated && !action.equals("login") && !action.equals("challenge")) {
            reply(error("Permission denied"), actionId);
            return;
        }
        switch (action) {
            case "challenge" -> challenge(request, actionId);
            case "login" -> login(request, actionId);
            case "logoff" -> logoff(actionId);
            case "ping" -> reply(AmiMessage.response("Success").add("Ping", "Pong").add("Timestamp", now()), actionId);
            case "coresettings" -> reply(coreSettings(), actionId);
            case "command" -> command(request, actionId);
            case "events" -> events(request, actionId);
            case "originate" -> originate(request, actionId);
            case "redirect" -> redirect(request, actionId);
            case "hangup" -> hangup(request, actionId);
            case "setvar" -> setvar(request, actionId);
            case "getvar" -> getvar(request, actionId);
            case "coreshowchannels" -> list(actionId, "Channels will follow", pbx.coreShowChannels(),
                    "CoreShowChannelsComplete");
            case "status" -> status(request, actionId);
            case "userevent" -> userEvent(request, actionId);
            case "mixmonitor" -> outcome(pbx.startRecording(request.get("Channel").orElse(""),
                    request.get("File").orElse("")), actionId);
            case "stopmixmonitor" -> outcome(pbx.stopRecording(request.get("Channel").orElse("")), actionId);
            case "bridge" -> bridge(request, actionId);
            case "blindtransfer" -> outcome(pbx.blindTransfer(request.get("Channel").orElse(""),
                    request.get("Context").orElse(""), request.get("Exten").orElse("")), actionId);
            case "queuestatus" -> queueStatus(request, actionId);
            case "queueadd" -> outcome(pbx.queueAdd(request.get("Queue").orElse(""), request.get("Interface").orElse(""),
                    request.get("MemberName").orElse(null), Integer.parseInt(request.get("Penalty").orElse("0")),
                    isTrue(request.get("Paused").orElse("false"))), "Added interface to queue", actionId);
            case "queuepause" -> queuePause(request, actionId);
            case "queueremove" -> outcome(pbx.queueRemove(request.get("Queue").orElse(""),
                    request.get("Interface").orElse("")), "Removed interface from queue", actionId);
            default -> reply(error("Invalid/unknown command: " + request.get("Action").orElse("")
                    + ". Use Action: ListCommands to show available commands."), actionId);
        }
    }

    private void challenge(AmiMessage request, String actionId) {
        if (!"md5".equalsIgnoreCase(request.get("AuthType").orElse(""))) {
            reply(error("Must specify AuthType"), actionId);
            return;
        }
        challenge = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        reply(AmiMessage.response("Success").add("Challenge", challenge), actionId);
    }

    private void login(AmiMessage request, String actionId) {
        String user = request.get("Username").orElse("");
        String secret = secrets.get(user);
        boolean valid = secret != null && (request.get("Secret").map(secret::equals).orElse(false)
                || request.get("Key").map(key -> challenge != null && key.equalsIgnoreCase(md5(challenge + secret)))
                        .orElse(false));
        if (!valid) {
            context.writeAndFlush(withId(error("Authentication failed"), actionId).toWire())
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        authenticated = true;
        eventsOn = !"off".equalsIgnoreCase(request.get("Events").orElse("on"));
        reply(AmiMessage.response("Success").add("Message", "Authentication accepted"), actionId);
        send(AmiMessage.event("FullyBooted").add("Privilege", "system,all").add("Uptime", 6).add("LastReload", 6)
                .add("Status", "Fully Booted"));
        pbx.subscribe(events);
    }

    private void logoff(String actionId) {
        pbx.unsubscribe(events);
        context.writeAndFlush(withId(AmiMessage.response("Goodbye").add("Message", "Thanks for all the fish."),
                actionId).toWire()).addListener(ChannelFutureListener.CLOSE);
    }

    private AmiMessage coreSettings() {
        return AmiMessage.response("Success").add("AMIversion", "11.0.0").add("AsteriskVersion", VERSION)
                .add("SystemName", "").add("CoreMaxCalls", 0).add("CoreMaxLoadAvg", "0.000000")
                .add("CoreRunUser", "").add("CoreRunGroup", "").add("CoreMaxFilehandles", 0)
                .add("CoreRealTimeEnabled", "No").add("CoreCDRenabled", "Yes").add("CoreHTTPenabled", "No")
                .add("SoundsSearchCustomDir", "No");
    }

    private void command(AmiMessage request, String actionId) {
        String command = request.get("Command").orElse("").strip();
        String output = command.equalsIgnoreCase("core show version")
                ? "Asterisk " + VERSION + " built by switchboard @ pbx-simulator on a x86_64 running Linux"
                : "No such command '" + command + "' (type 'core show help " + command + "' for other possible commands)";
        reply(AmiMessage.response("Success").add("Message", "Command output follows").add("Output", output), actionId);
    }

    private void events(AmiMessage request, String actionId) {
        eventsOn = !"off".equalsIgnoreCase(request.get("EventMask").orElse("on"));
        reply(AmiMessage.response("Success").add("Events", eventsOn ? "On" : "Off"), actionId);
    }

    private void originate(AmiMessage request, String actionId) {
        String channel = request.get("Channel").orElse("");
        if (channel.isEmpty()) {
            reply(error("Channel not specified"), actionId);
            return;
        }
        Map<String, String> variables = new LinkedHashMap<>();
        request.getAll("Variable").forEach(v -> {
            for (String pair : v.split(",")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    variables.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        });
        SimulatedPbx.OriginateRequest originate = new SimulatedPbx.OriginateRequest(channel,
                request.get("Context").orElse(null), request.get("Exten").orElse(null),
                Integer.parseInt(request.get("Priority").orElse("1")), request.get("Application").orElse(null),
                request.get("Data").orElse(null), request.get("CallerID").orElse(null), variables,
                request.get("ChannelId").orElse(null), request.get("OtherChannelId").orElse(null),
                Long.parseLong(request.get("Timeout").orElse("30000")));
        boolean async = request.get("Async").map(a -> a.equalsIgnoreCase("true") || a.equals("1")).orElse(false);
        if (async) {
            reply(AmiMessage.response("Success").add("Message", "Originate successfully queued"), actionId);
        }
        pbx.originate(originate, result -> {
            if (async) {
                send(originateResponse(originate, result, actionId));
            } else {
                reply(result.success() ? AmiMessage.response("Success").add("Message", "Originate successfully queued")
                        : error("Originate failed"), actionId);
            }
        });
    }

    private static AmiMessage originateResponse(SimulatedPbx.OriginateRequest request,
            SimulatedPbx.OriginateResult result, String actionId) {
        AmiMessage event = AmiMessage.event("OriginateResponse").add("Privilege", "call,all");
        if (actionId != null) {
            event.add("ActionID", actionId);
        }
        event.add("Response", result.success() ? "Success" : "Failure").add("Channel", result.channel());
        if (request.application() != null) {
            event.add("Application", request.application()).add("Data", request.data() == null ? "" : request.data());
        } else {
            event.add("Context", request.context()).add("Exten", request.exten());
        }
        CallerId caller = CallerId.parse(request.callerId());
        return event.add("Reason", result.reason()).add("Uniqueid", result.uniqueid() == null ? "<null>"
                : result.uniqueid()).add("CallerIDNum", caller == null ? "<unknown>" : caller.number())
                .add("CallerIDName", caller == null ? "<unknown>" : caller.name());
    }

    private void redirect(AmiMessage request, String actionId) {
        String channel = request.get("Channel").orElse("");
        Optional<String> extra = request.get("ExtraChannel").filter(name -> !name.isBlank());
        (extra.isPresent()
                ? pbx.redirect(channel, request.get("Context").orElse(""), request.get("Exten").orElse(""),
                        extra.get(), request.get("ExtraContext").orElse(""), request.get("ExtraExten").orElse(""))
                : pbx.redirect(channel, request.get("Context").orElse(""), request.get("Exten").orElse("")))
                .ifPresentOrElse(problem -> reply(error(problem), actionId),
                        () -> reply(AmiMessage.response("Success").add("Message", "Redirect successful"), actionId));
    }

    private void bridge(AmiMessage request, String actionId) {
        pbx.bridge(request.get("Channel1").orElse(""), request.get("Channel2").orElse("")).ifPresentOrElse(
                problem -> reply(error(problem), actionId),
                () -> reply(AmiMessage.response("Success").add("Message", "Channels have been bridged"), actionId));
    }

    private void hangup(AmiMessage request, String actionId) {
        String channel = request.get("Channel").orElse("");
        int cause = Integer.parseInt(request.get("Cause").orElse("16"));
        if (channel.length() > 1 && channel.startsWith("/") && channel.endsWith("/")) {
            Pattern pattern;
            try {
                pattern = Pattern.compile(channel.substring(1, channel.length() - 1));
            } catch (PatternSyntaxException e) {
                reply(error("Invalid regex"), actionId);
                return;
            }
            List<String> hungUp = pbx.hangupMatching(pattern, cause);
            reply(AmiMessage.response("Success").add("EventList", "start")
                    .add("Message", "Channels hung up will follow"), actionId);
            hungUp.forEach(name -> reply(AmiMessage.event("ChannelHungup").add("Channel", name), actionId));
            reply(AmiMessage.event("ChannelsHungupListComplete").add("EventList", "Complete")
                    .add("ListItems", hungUp.size()), actionId);
            return;
        }
        reply(pbx.hangup(channel, cause) ? AmiMessage.response("Success").add("Message", "Channel Hungup")
                : error("No such channel"), actionId);
    }

    private void setvar(AmiMessage request, String actionId) {
        String variable = request.get("Variable").orElse("");
        if (variable.isEmpty()) {
            reply(error("No variable specified"), actionId);
            return;
        }
        boolean set = pbx.setVariable(request.get("Channel").filter(c -> !c.isEmpty()).orElse(null), variable,
                request.get("Value").orElse(""));
        reply(set ? AmiMessage.response("Success").add("Message", "Variable Set") : error("No such channel"), actionId);
    }

    private void getvar(AmiMessage request, String actionId) {
        String variable = request.get("Variable").orElse("");
        if (variable.isEmpty()) {
            reply(error("No variable specified"), actionId);
            return;
        }
        pbx.getVariable(request.get("Channel").filter(c -> !c.isEmpty()).orElse(null), variable).ifPresentOrElse(
                value -> reply(AmiMessage.response("Success").add("Variable", variable).add("Value", value), actionId),
                () -> reply(error("No such channel"), actionId));
    }

    private void userEvent(AmiMessage request, String actionId) {
        String name = request.get("UserEvent").orElse("");
        if (name.isEmpty()) {
            reply(error("UserEvent header missing"), actionId);
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        request.headersExcept(Set.of("action", "actionid", "userevent"))
                .forEach(header -> headers.put(header.getKey(), header.getValue()));
        reply(AmiMessage.response("Success"), actionId);
        pbx.userEvent(name, headers);
    }

    private void status(AmiMessage request, String actionId) {
        String channel = request.get("Channel").orElse("");
        List<AmiMessage> items = pbx.status(channel);
        if (!channel.isEmpty() && items.isEmpty()) {
            reply(error("No such channel"), actionId);
            return;
        }
        reply(AmiMessage.response("Success").add("EventList", "start").add("Message", "Channel status will follow"),
                actionId);
        items.forEach(item -> reply(item, actionId));
        reply(AmiMessage.event("StatusComplete").add("EventList", "Complete").add("ListItems", items.size())
                .add("Items", items.size()), actionId);
    }

    /** QueueStatus: the list, each item closed by the ActionID as Asterisk writes them. */
    private void queueStatus(AmiMessage request, String actionId) {
        List<AmiMessage> items = pbx.queueStatus(request.get("Queue").orElse(null));
        reply(AmiMessage.response("Success").add("EventList", "start").add("Message", "Queue status will follow"), actionId);
        items.forEach(item -> send(actionId == null ? item : item.add("ActionID", actionId)));
        reply(AmiMessage.event("QueueStatusComplete").add("EventList", "Complete").add("ListItems", items.size()), actionId);
    }

    private void queuePause(AmiMessage request, String actionId) {
        boolean paused = isTrue(request.get("Paused").orElse(""));
        outcome(pbx.queuePause(request.get("Queue").orElse(""), request.get("Interface").orElse(""), paused,
                request.get("Reason").orElse(null)),
                paused ? "Interface paused successfully" : "Interface unpaused successfully", actionId);
    }

    private static boolean isTrue(String value) {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes") || value.equals("1");
    }

    /** Success with a message, or Asterisk's error. */
    private void outcome(Optional<String> problem, String message, String actionId) {
        reply(problem.map(AmiSession::error).orElseGet(() -> AmiMessage.response("Success").add("Message", message)),
                actionId);
    }

    private void outcome(Optional<String> problem, String actionId) {
        reply(problem.map(AmiSession::error).orElseGet(() -> AmiMessage.response("Success")), actionId);
    }

    private void list(String actionId, String message, List<AmiMessage> items, String completeEvent) {
        reply(AmiMessage.response("Success").add("EventList", "start").add("Message", message), actionId);
        items.forEach(item -> reply(item, actionId));
        reply(AmiMessage.event(completeEvent).add("EventList", "Complete").add("ListItems", items.size()), actionId);
    }

    private void forward(AmiMessage event) {
        if (eventsOn) {
            send(event);
        }
    }

    /** Writes a message with the ActionID right after its first header, as Asterisk does. */
    private void reply(AmiMessage message, String actionId) {
        send(withId(message, actionId));
    }

    private static AmiMessage withId(AmiMessage message, String actionId) {
        return actionId == null ? message : message.withSecond("ActionID", actionId);
    }

    private void send(AmiMessage message) {
        context.writeAndFlush(message.toWire());
    }

    private static AmiMessage error(String message) {
        return AmiMessage.response("Error").add("Message", message);
    }

    private static String now() {
        long micros = System.currentTimeMillis() * 1000;
        return String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is always available", e);
        }
    }
}
