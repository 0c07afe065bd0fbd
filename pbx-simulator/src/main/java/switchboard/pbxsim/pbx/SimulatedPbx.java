package switchboard.pbxsim.pbx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import switchboard.pbxsim.agi.AgiChannelSide;
import switchboard.pbxsim.agi.CallerKeys;
import switchboard.pbxsim.agi.FastAgiSession;
import switchboard.pbxsim.ami.AmiMessage;

/**
 * The simulated Asterisk: channels, variables, the dialplan interpreter, and the events they
 * produce. Public methods may be called from any thread; the work runs on the PBX's own thread,
 * and events reach every sink in one order.
 */
public final class SimulatedPbx implements AutoCloseable {

    /** Sound files not installed; read by AGI threads. */
    private final Set<String> missingSounds = ConcurrentHashMap.newKeySet();

    /** What an Originate asked for. */
    public record OriginateRequest(String channel, String context, String exten, int priority, String application,
            String data, String callerId, Map<String, String> variables, String channelId, String otherChannelId,
            long timeoutMillis) {
    }

    /** How an Originate ended, with Asterisk's Reason code (4 answered, 0 failed, 3 no answer, 5 busy). */
    public record OriginateResult(boolean success, int reason, String channel, String uniqueid) {
    }

    /** How long AMD() listens before deciding. */
    private static final long AMD_MILLIS = 500;
    /** How long a prompt takes to play: a short recorded message. */
    private static final long PLAYBACK_MILLIS = 3_000;
    /** Answer() waits this long for media before the dialplan goes on, as on Asterisk. */
    private static final long ANSWER_SETTLE_MILLIS = 500;
    private static final Pattern DIAL_SUBROUTINE = Pattern.compile("U\\(([\\w-]+)\\)");
    private static final Pattern EXTEN_OFFSET = Pattern.compile("\\$\\{EXTEN:(\\d+)}");
    private static final Pattern UNSET_VARIABLE = Pattern.compile("\\$\\{[A-Za-z_][\\w()]*}");
    private static final Pattern CONDITION = Pattern.compile("\\$\\[\\s*\"?(.*?)\"?\\s*(=|!=)\\s*\"?(.*?)\"?\\s*]");

    private static String causeText(int cause) {
        return switch (cause) {
            case 0 -> "Unknown";
            case 16 -> "Normal Clearing";
            case 17 -> "User busy";
            case 19 -> "No user responding";
            default -> "Cause " + cause;
        };
    }

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pbx-simulator");
        t.setDaemon(true);
        return t;
    });
    private final Dialplan dialplan;
    private final List<Consumer<AmiMessage>> sinks = new CopyOnWriteArrayList<>();
    private final Map<String, SimChannel> byName = new LinkedHashMap<>();
    private final Map<String, SimChannel> byUniqueid = new HashMap<>();
    private final Map<String, String> globals = new HashMap<>();
    private final Map<String, DeviceBehavior> devices = new HashMap<>();
    private final Map<String, InboundCall> inbound = new HashMap<>();
    private final AppQueues queues = new AppQueues(this::publish);
    private final QueueCalls queueCalls = new QueueCalls(this, queues);
    private final ExecutorService agiSessions = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pbx-agi");
        t.setDaemon(true);
        return t;
    });
    private DeviceBehavior defaultDevice = DeviceBehavior.answersAfter(1000);
    private volatile double waitScale = 1.0;
    private CustomerMix customers = new CustomerMix(1, 0, 0, 1000, 1);
    private int nextDevice;
    private int nextBridge;
    private int nextId;
    private int nextLocal;

    public SimulatedPbx(Dialplan dialplan) {
        this.dialplan = dialplan;
        this.globals.putAll(dialplan.globals());
    }

    /** The dialplan Switchboard ships in config/asterisk/extensions.conf. */
    /**
     * The reference capture's test system: its dialplan, and queue {@code support} (ringall)
     * with static members Agent 1001 and Agent 1002 on {@code Local/100x@agents/n}.
     */
    public static SimulatedPbx referenceLab() {
        SimulatedPbx pbx = new SimulatedPbx(Dialplan.referenceLab());
        pbx.queue("support", "ringall", Map.of("Local/1001@agents/n", "Agent 1001", "Local/1002@agents/n", "Agent 1002"));
        return pbx;
    }

    /** Wait() and Answer()'s settle time last this fraction of their length: a test replays long calls quickly. */
    public void timeScale(double scale) {
        waitScale = scale;
    }

    /** Configures an app_queue queue with static members ({@code interface} to member name), in interface order. */
    public void queue(String name, String strategy, Map<String, String> staticMembers) {
        call(() -> {
            queues.define(name, strategy, new TreeMap<>(staticMembers));
            return null;
        });
    }

    /** QueueStatus: QueueParams and QueueMember events for one queue, or all when null. */
    public List<AmiMessage> queueStatus(String queue) {
        return call(() -> queues.status(queue));
    }

    /** QueueAdd: a dynamic member; the problem in Asterisk's words, or empty. */
    public Optional<String> queueAdd(String queue, String iface, String memberName, int penalty, boolean paused) {
        return call(() -> queues.add(queue, iface, memberName, penalty, paused));
    }

    /** QueuePause: pauses or unpauses a member in one queue, or in all when the queue is blank. */
    public Optional<String> queuePause(String queue, String iface, boolean paused, String reason) {
        return call(() -> queues.pause(queue, iface, paused, reason));
    }

    /** QueueRemove: a dynamic or static member leaves the queue. */
    public Optional<String> queueRemove(String queue, String iface) {
        return call(() -> queues.remove(queue, iface));
    }

    public static SimulatedPbx withSwitchboardDialplan() {
        return new SimulatedPbx(DialplanParser.fromClasspath("switchboard/asterisk/extensions.conf"));
    }

    /** How a device interface ({@code PJSIP/1001}) answers from now on. */
    public void device(String deviceInterface, DeviceBehavior behavior) {
        thread.execute(() -> devices.put(deviceInterface, behavior));
    }

    /** How called customers ({@code .../<number>@carrier}) behave from now on. */
    public void customers(CustomerMix mix) {
        thread.execute(() -> customers = mix);
    }

    /**
     * Sound files the PBX does not have (as the AGI names them, e.g. {@code switchboard/main-menu}):
     * playing one fails at once, and GET DATA with one answers {@code -1} without waiting for
     * keys, as Asterisk 22 does. Every sound is there unless named here.
     */
    public void withoutSounds(Set<String> files) {
        missingSounds.addAll(files);
    }

    /** Adds dialplan: an extension of a context of the administrator's own, in front of Switchboard's. */
    public void extension(String context, String exten, Dialplan.Step... steps) {
        call(() -> dialplan.extension(context, exten, steps));
    }

    /** How devices without their own behavior answer. */
    public void defaultDevice(DeviceBehavior behavior) {
        thread.execute(() -> defaultDevice = behavior);
    }

    /** A carrier delivers a call into [switchboard-inbound]; returns the caller channel's Uniqueid. */
    public String inboundCall(InboundCall call) {
        return inboundCall(call, "switchboard-inbound");
    }

    /**
     * A carrier delivers a call into a context of the administrator's own (their trunk's
     * endpoint context), whose dialplan hands it to Switchboard (Goto, or Dial of a Local
     * channel); returns the trunk channel's Uniqueid. The IVR's variables and keys go with the
     * call to whichever channel runs Switchboard's dialplan.
     */
    public String inboundCall(InboundCall call, String context) {
        return call(() -> {
            SimChannel caller = newChannel(String.format("PJSIP/carrier-%08x", nextDevice++), null, null,
                    ChannelState.RING, context, call.dnis());
            caller.callerIdNum = call.ani();
            caller.callerIdName = call.ani();
            inbound.put(caller.uniqueid, call);
            publish(channelEvent("Newchannel", "call,all", caller));
            List<Dialplan.Step> steps = dialplan.find(caller.context, caller.exten).orElse(List.of());
            thread.execute(() -> run(caller, steps, 0));
            return caller.uniqueid;
        });
    }

    /** Every event from now on goes to {@code sink}, on the PBX thread. */
    public void subscribe(Consumer<AmiMessage> sink) {
        sinks.add(sink);
    }

    public void unsubscribe(Consumer<AmiMessage> sink) {
        sinks.remove(sink);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        agiSessions.shutdownNow();
    }

    // ---- actions (any thread) ----------------------------------------------------------------

    /**
     * Starts an originate; {@code whenDone} gets the result on the PBX thread. Only Local
     * channels are simulated: {@code Local/<exten>@<context>} runs that extension on {@code ;2}.
     */
    public void originate(OriginateRequest request, Consumer<OriginateResult> whenDone) {
        thread.execute(() -> startOriginate(request, whenDone));
    }

    /** Hangs up a channel (by name, then Uniqueid); false if there is none. */
    public boolean hangup(String channel, int cause) {
        return call(() -> find(channel).map(c -> {
            requestHangup(c, cause);
            return true;
        }).orElse(false));
    }

    /** Hangs up every channel whose name matches; their names. */
    public List<String> hangupMatching(Pattern pattern, int cause) {
        return call(() -> {
            List<SimChannel> matching = byName.values().stream().filter(c -> pattern.matcher(c.name).find()).toList();
            matching.forEach(c -> requestHangup(c, cause));
            return matching.stream().map(c -> c.name).toList();
        });
    }

    /** Sets a channel variable (or a global with a null channel); false if there is no such channel. */
    public boolean setVariable(String channel, String variable, String value) {
        return call(() -> {
            if (channel == null) {
                globals.put(variable, value);
                return true;
            }
            return find(channel).map(c -> {
                assign(c, variable, value);
                return true;
            }).orElse(false);
        });
    }

    /** A channel variable (or global); empty if the channel does not exist, "" if the variable is unset. */
    public Optional<String> getVariable(String channel, String variable) {
        return call(() -> {
            if (channel == null) {
                return Optional.of(globals.getOrDefault(variable, ""));
            }
            return find(channel).map(c -> read(c, variable));
        });
    }

    /** A snapshot list of live channels, oldest first, as CoreShowChannel items. */
    public List<AmiMessage> coreShowChannels() {
        return call(() -> {
            List<AmiMessage> items = new ArrayList<>();
            long now = System.currentTimeMillis();
            for (SimChannel c : byName.values()) {
                long seconds = (now - c.createdAtMillis) / 1000;
                items.add(AmiMessage.event("CoreShowChannel").addAll(c.snapshot(""))
                        .add("Application", c.application).add("ApplicationData", c.applicationData)
                        .add("Duration", String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                                seconds % 60))
                        .add("BridgeId", ""));
            }
            return items;
        });
    }

    /**
     * Moves a channel to another place in the dialplan, interrupting what it runs (music on hold,
     * a wait, a bridge: the other party then hangs up). Empty when it moved, the reason when not.
     */
    public Optional<String> redirect(String channel, String context, String exten) {
        return call(() -> {
            Optional<SimChannel> found = find(channel);
            if (found.isEmpty()) {
                return Optional.of("Channel does not exist: " + channel);
            }
            Optional<List<Dialplan.Step>> steps = dialplan.find(context, exten);
            if (steps.isEmpty()) {
                return Optional.of("Redirect failed, no extension " + exten + "@" + context);
            }
            leaveBridge(found.get(), null);
            move(found.get(), context, exten, steps.get());
            return Optional.empty();
        });
    }

    /**
     * Redirect with ExtraChannel: both channels move at once, so two bridged parties leave their
     * bridge and both live on (how a desktop puts the caller on hold while the agent waits).
     */
    public Optional<String> redirect(String channel, String context, String exten, String extraChannel,
            String extraContext, String extraExten) {
        return call(() -> {
            Optional<SimChannel> one = find(channel);
            Optional<SimChannel> two = find(extraChannel);
            if (one.isEmpty() || two.isEmpty()) {
                return Optional.of("Channel does not exist: " + (one.isEmpty() ? channel : extraChannel));
            }
            Optional<List<Dialplan.Step>> steps = dialplan.find(context, exten);
            Optional<List<Dialplan.Step>> extraSteps = dialplan.find(extraContext, extraExten);
            if (steps.isEmpty() || extraSteps.isEmpty()) {
                return Optional.of("Redirect failed, no extension "
                        + (steps.isEmpty() ? exten + "@" + context : extraExten + "@" + extraContext));
            }
            leaveBridge(one.get(), two.get());
            leaveBridge(two.get(), one.get());
            move(one.get(), context, exten, steps.get());
            move(two.get(), extraContext, extraExten, extraSteps.get());
            return Optional.empty();
        });
    }

    /**
     * The Bridge action: two channels in the dialplan leave what they run and are bridged with
     * each other; when either hangs up, so does the other. The reason when it cannot.
     */
    public Optional<String> bridge(String channel1, String channel2) {
        return call(() -> {
            Optional<SimChannel> one = find(channel1);
            Optional<SimChannel> two = find(channel2);
            if (one.isEmpty() || two.isEmpty()) {
                return Optional.of("Channel does not exist: " + (one.isEmpty() ? channel1 : channel2));
            }
            for (SimChannel c : List.of(one.get(), two.get())) {
                leaveBridge(c, null);
                stopApplication(c);
                c.generation++;
            }
            bridgeTogether(one.get(), two.get());
            return Optional.empty();
        });
    }

    /** Takes a channel out of its bridge; the other party hangs up unless it is {@code alsoMoving}. */
    private void leaveBridge(SimChannel channel, SimChannel alsoMoving) {
        SimChannel other = channel.bridgedWith;
        if (other == null) {
            return;
        }
        String bridge = channel.bridgeId;
        publish(bridgeEvent("BridgeLeave", bridge, 1).addAll(channel.snapshot("")));
        publish(bridgeEvent("BridgeLeave", bridge, 0).addAll(other.snapshot("")));
        channel.bridgedWith = null;
        channel.bridgeId = null;
        other.bridgedWith = null;
        other.bridgeId = null;
        publish(bridgeEvent("BridgeDestroy", bridge, 0));
        if (other != alsoMoving) {
            thread.execute(() -> hangupChannel(other, 16));
        }
    }

    private void stopApplication(SimChannel c) {
        if ("MusicOnHold".equals(c.application)) {
            publish(channelEvent("MusicOnHoldStop", "call,all", c));
        }
        if (c.dialing != null) {
            SimChannel callee = c.dialing;
            c.dialing = null;
            publish(dialEnd(c, callee, "CANCEL"));
            removeChannel(callee, 16);
        }
    }

    private void move(SimChannel c, String context, String exten, List<Dialplan.Step> steps) {
        stopApplication(c);
        c.generation++;
        c.context = context;
        c.exten = exten;
        thread.execute(() -> run(c, steps, 0));
    }

    /**
     * Sends recorded events to every client as fast as they can take them, for load tests of
     * event intake; changes no channel.
     */
    public void replay(List<AmiMessage> recorded) {
        thread.execute(() -> recorded.forEach(this::publish));
    }

    /** A device that is ringing with a Dial answers now (the agent picks up); false if none rings. */
    public boolean answerDevice(String deviceInterface) {
        return call(() -> byName.values().stream()
                .filter(c -> c.dialedBy != null && c.state == ChannelState.RINGING
                        && c.name.startsWith(deviceInterface + "-"))
                .findFirst().map(callee -> {
                    connect(callee.dialedBy, callee);
                    return true;
                }).orElse(false));
    }

    /** The Status action's items: every channel, or one, with its variables. */
    public List<AmiMessage> status(String channel) {
        return call(() -> {
            List<SimChannel> selected = channel == null || channel.isBlank() ? List.copyOf(byName.values())
                    : find(channel).map(List::of).orElse(List.of());
            List<AmiMessage> items = new ArrayList<>();
            long now = System.currentTimeMillis();
            for (SimChannel c : selected) {
                AmiMessage item = AmiMessage.event("Status").addAll(c.snapshot("")).add("Type",
                        c.name.substring(0, Math.max(0, c.name.indexOf('/')))).add("DNID", "")
                        .add("EffectiveConnectedLineNum", c.connectedLineNum)
                        .add("EffectiveConnectedLineName", c.connectedLineName)
                        .add("TimeToHangup", 0).add("BridgeID", c.bridgeId == null ? "" : c.bridgeId)
                        .add("Application", c.application).add("Data", c.applicationData)
                        .add("Nativeformats", "(ulaw)").add("Readformat", "ulaw").add("Readtrans", "")
                        .add("Writeformat", "ulaw").add("Writetrans", "").add("Callgroup", 0).add("Pickupgroup", 0)
                        .add("Seconds", (now - c.createdAtMillis) / 1000);
                c.variables.forEach((k, v) -> item.add("Variable", k + "=" + v));
                items.add(item);
            }
            return items;
        });
    }

    /**
     * The phone's transfer key: the party bridged with {@code transferer} goes to
     * {@code exten@context}; the transferer leaves and hangs up. The reason when it cannot.
     */
    public Optional<String> blindTransfer(String transferer, String context, String exten) {
        return call(() -> {
            Optional<SimChannel> found = find(transferer);
            if (found.isEmpty() || found.get().bridgedWith == null) {
                return Optional.of("No bridged channel " + transferer);
            }
            Optional<List<Dialplan.Step>> steps = dialplan.find(context, exten);
            if (steps.isEmpty()) {
                return Optional.of("No extension " + exten + "@" + context);
            }
            SimChannel agent = found.get();
            SimChannel transferee = agent.bridgedWith;
            String bridge = agent.bridgeId;
            publish(AmiMessage.event("BlindTransfer").add("Privilege", "call,all").add("Timestamp", timestamp())
                    .add("Result", "Success").addAll(agent.snapshot("Transferer"))
                    .addAll(transferee.snapshot("Transferee")).add("BridgeUniqueid", bridge).add("BridgeType", "basic")
                    .add("IsExternal", "No").add("Context", context).add("Extension", exten));
            publish(bridgeEvent("BridgeLeave", bridge, 1).addAll(transferee.snapshot("")));
            publish(bridgeEvent("BridgeLeave", bridge, 0).addAll(agent.snapshot("")));
            agent.bridgedWith = null;
            transferee.bridgedWith = null;
            transferee.bridgeId = null;
            removeChannel(agent, 16);
            publish(bridgeEvent("BridgeDestroy", bridge, 0));
            transferee.generation++;
            transferee.context = context;
            transferee.exten = exten;
            thread.execute(() -> run(transferee, steps.get(), 0));
            return Optional.empty();
        });
    }

    /** The phone's hold key: the channel's party hears music; false if there is no such channel. */
    public boolean hold(String channel) {
        return call(() -> find(channel).map(c -> {
            publish(channelEvent("Hold", "call,all", c).add("MusicClass", "default"));
            return true;
        }).orElse(false));
    }

    /** Takes a held channel off hold; false if there is no such channel. */
    public boolean unhold(String channel) {
        return call(() -> find(channel).map(c -> {
            publish(channelEvent("Unhold", "call,all", c));
            return true;
        }).orElse(false));
    }

    /** Broadcasts a UserEvent with the given headers. */
    public void userEvent(String name, Map<String, String> headers) {
        thread.execute(() -> {
            AmiMessage event = AmiMessage.event("UserEvent").add("Privilege", "user,all").add("UserEvent", name);
            headers.forEach(event::add);
            publish(event);
        });
    }

    // ---- on the PBX thread ----------------------------------------------------------------------

    private void startOriginate(OriginateRequest request, Consumer<OriginateResult> whenDone) {
        String target = request.channel();
        if (!target.startsWith("Local/")) {
            originateDevice(request, whenDone);
            return;
        }
        if (!target.contains("@")) {
            whenDone.accept(new OriginateResult(false, 0, target, request.channelId()));
            return;
        }
        LocalTarget local = LocalTarget.of(target);
        String exten = local.exten();
        String context = local.context();
        if (dialplan.find(context, exten).isEmpty()) {
            whenDone.accept(new OriginateResult(false, 0, target, request.channelId()));
            return;
        }
        String twoId = request.otherChannelId() != null ? request.otherChannelId()
                : request.channelId() != null ? request.channelId() + ";2" : null;
        SimChannel one = localPair(context, exten, request.channelId(), twoId, null);
        SimChannel two = one.localPeer;
        newexten(one, exten, "AppDial2", "(Outgoing Line)");
        request.variables().forEach((k, v) -> assign(one, k, v));
        CallerId callerId = CallerId.parse(request.callerId());
        if (callerId != null) {
            setCallerId(one, callerId);
        }
        request.variables().forEach((k, v) -> assign(two, k, v));
        if (callerId != null) {
            setCallerId(two, callerId);
        }
        publish(localBridge(one, two, context, exten));
        publish(dialBegin(null, one, local.dialString()));
        one.application = request.application() != null ? request.application() : "AppDial2";
        one.applicationData = request.data() != null ? request.data() : "(Outgoing Line)";
        two.onUnanswered = () -> whenDone.accept(new OriginateResult(false,
                failureReason(two.variables.getOrDefault("DIALSTATUS", "")), one.name, one.uniqueid));
        one.answersWithPeer = true;
        two.onAnswer = () -> {
            two.onUnanswered = null;
            whenDone.accept(new OriginateResult(true, 4, one.name, one.uniqueid));
            publish(dialEnd(null, one, "ANSWER"));
            runOriginatedSide(one, request);
        };
        run(two, dialplan.find(context, exten).orElseThrow(), 0);
    }

    /**
     * A Local channel's two halves, {@code ;1} down and {@code ;2} ringing in the context, both
     * reported; returns {@code ;1}. The pair shares {@code linkedid}, or {@code ;1}'s own id.
     */
    SimChannel localPair(String context, String exten, String oneId, String twoId, String linkedid) {
        String base = "Local/" + exten + "@" + context + "-" + String.format("%08x", nextLocal++);
        SimChannel one = newChannel(base + ";1", oneId, linkedid, ChannelState.DOWN, context, exten);
        SimChannel two = newChannel(base + ";2", twoId, one.linkedid, ChannelState.RING, context, exten);
        one.localPeer = two;
        two.localPeer = one;
        publish(channelEvent("Newchannel", "call,all", one));
        publish(channelEvent("Newchannel", "call,all", two));
        return one;
    }

    /**
     * Originates to a device ({@code PJSIP/2001}): it rings and answers as its behaviour says;
     * answered, it runs the Application or the Context/Exten given.
     */
    private void originateDevice(OriginateRequest request, Consumer<OriginateResult> whenDone) {
        SimChannel device = newChannel(request.channel() + "-" + String.format("%08x", nextDevice++),
                request.channelId(), null, ChannelState.DOWN,
                request.context() != null ? request.context() : "default",
                request.exten() != null ? request.exten() : "s");
        publish(channelEvent("Newchannel", "call,all", device));
        request.variables().forEach((k, v) -> assign(device, k, v));
        CallerId callerId = CallerId.parse(request.callerId());
        if (callerId != null) {
            setCallerId(device, callerId);
        }
        DeviceBehavior behavior = devices.getOrDefault(request.channel(), defaultDevice);
        if (behavior.busy()) {
            whenDone.accept(new OriginateResult(false, 5, device.name, device.uniqueid));
            removeChannel(device, 17);
            return;
        }
        newState(device, ChannelState.RINGING);
        long generation = device.generation;
        thread.schedule(() -> {
            if (!device.hungUp && device.generation == generation && device.state == ChannelState.RINGING) {
                whenDone.accept(new OriginateResult(false, 3, device.name, device.uniqueid));
                removeChannel(device, 19);
            }
        }, request.timeoutMillis(), TimeUnit.MILLISECONDS);
        if (behavior.answerAfterMillis() >= 0) {
            thread.schedule(() -> {
                if (!device.hungUp && device.generation == generation && device.state == ChannelState.RINGING) {
                    newState(device, ChannelState.UP);
                    whenDone.accept(new OriginateResult(true, 4, device.name, device.uniqueid));
                    runOriginatedSide(device, request);
                }
            }, behavior.answerAfterMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Asterisk's OriginateResponse Reason for a Local originate whose far side never answered. */
    private static int failureReason(String dialStatus) {
        return switch (dialStatus) {
            case "BUSY" -> 5;
            case "NOANSWER" -> 3;
            case "CONGESTION" -> 8;
            default -> 1;
        };
    }

    /** After answer the originated side runs the Application, or the Context/Exten given. */
    private void runOriginatedSide(SimChannel one, OriginateRequest request) {
        one.runsOriginatedApplication = request.application() != null;
        if (request.application() != null) {
            run(one, List.of(Dialplan.step(request.application(), request.data() == null ? "" : request.data())), 0);
        } else if (request.context() != null) {
            one.context = request.context();
            one.exten = request.exten();
            dialplan.find(request.context(), request.exten()).ifPresent(steps -> run(one, steps, 0));
        }
    }

    /** The dialplan's steps for an extension, if any. */
    Optional<List<Dialplan.Step>> steps(String context, String exten) {
        return dialplan.find(context, exten);
    }

    /** Runs work on the PBX thread after what is queued now, or after a delay. */
    void later(Runnable work, long delayMillis) {
        thread.schedule(work, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Runs a channel's dialplan from step {@code index}, scheduling timed steps. */
    void run(SimChannel channel, List<Dialplan.Step> steps, int index) {
        long generation = channel.generation;
        for (int i = index; i < steps.size(); i++) {
            if (channel.hungUp || channel.generation != generation) {
                return;
            }
            Dialplan.Step step = steps.get(i);
            String data = substitute(channel, step.data());
            channel.priority = i + 1;
            channel.application = step.application();
            channel.applicationData = data;
            if (!isOriginatedApp(channel)) {
                newexten(channel, channel.exten, step.application(), data);
            }
            long delayMillis = execute(channel, steps, step.application(), data);
            if (delayMillis != 0) {
                int next = i + 1;
                if (delayMillis > 0) {
                    thread.schedule(() -> {
                        if (channel.generation == generation) {
                            run(channel, steps, next);
                        }
                    }, delayMillis, TimeUnit.MILLISECONDS);
                }
                return;
            }
        }
        if (!channel.hungUp && channel.generation == generation) {
            // An originate's application ending sets no cause; dialplan running out is a normal clearing.
            hangupChannel(channel, isOriginatedApp(channel) ? 0 : 16);
        }
    }

    /** The originated side of a Local pair runs an originate's Application without Newexten, as Asterisk does. */
    private static boolean isOriginatedApp(SimChannel channel) {
        return channel.localPeer != null && channel.name.endsWith(";1") && channel.runsOriginatedApplication;
    }

    /**
     * Executes one application; returns how long to wait before the next step: 0 none, positive
     * that many milliseconds, -1 until something moves the channel (redirect, answer, hangup, a
     * jump that runs elsewhere).
     */
    private long execute(SimChannel channel, List<Dialplan.Step> steps, String application, String data) {
        switch (application) {
            case "Goto" -> {
                goTo(channel, steps, data);
                return -1;
            }
            case "GotoIf" -> {
                String target = conditionalTarget(data);
                if (target == null) {
                    return 0;
                }
                goTo(channel, steps, target);
                return -1;
            }
            case "AGI" -> {
                // A Local channel's ;2 runs the IVR for the trunk channel that dialled it (its Linkedid).
                InboundCall call = inbound.getOrDefault(channel.uniqueid, inbound.get(channel.linkedid));
                if (call != null && call.callerKeys() != null && data.startsWith("agi://")) {
                    runAgi(channel, steps, data, call.callerKeys());
                    return -1;
                }
                if (call != null) {
                    call.ivrVariables().forEach((k, v) -> assign(channel, k, v));
                }
                return 0;
            }
            case "Dial" -> {
                dial(channel, steps, data);
                return -1;
            }
            case "Queue" -> {
                queueCalls.queue(channel, steps, data);
                return -1;
            }
            case "ChanSpy" -> {
                spy(channel, data);
                return -1;
            }
            case "AMD" -> {
                assign(channel, "AMDSTATUS", channel.machine ? "MACHINE" : "HUMAN");
                assign(channel, "AMDCAUSE", channel.machine ? "LONGGREETING-1200-1000" : "HUMAN-300-500");
                return AMD_MILLIS;
            }
            case "Return" -> {
                Runnable back = channel.onReturn;
                channel.onReturn = null;
                if (back != null) {
                    back.run();
                }
                return -1;
            }
            case "Answer" -> {
                answer(channel);
                return Math.round(ANSWER_SETTLE_MILLIS * waitScale);
            }
            case "Wait" -> {
                return Math.round(Double.parseDouble(data.isBlank() ? "0" : data) * 1000 * waitScale);
            }
            case "Playback" -> {
                return PLAYBACK_MILLIS;
            }
            case "Set" -> {
                int eq = data.indexOf('=');
                if (eq > 0) {
                    assign(channel, data.substring(0, eq).replaceFirst("^_+", ""), data.substring(eq + 1));
                }
                return 0;
            }
            case "Hangup" -> {
                requestHangup(channel, 16);
                return -1;
            }
            case "MusicOnHold" -> {
                publish(AmiMessage.event("MusicOnHoldStart").add("Privilege", "call,all").add("Timestamp", timestamp())
                        .addAll(channel.snapshot("")).add("Class", data.isBlank() ? "default" : data));
                return -1;
            }
            case "UserEvent" -> {
                publishUserEvent(channel, data);
                return 0;
            }
            default -> {
                return 0;
            }
        }
    }

    /**
     * Answers the channel; what waits for the answer runs next on the PBX thread, after the
     * channel's own dialplan has taken its next step, as on Asterisk's separate channel threads.
     */
    private void answer(SimChannel channel) {
        if (channel.state != ChannelState.UP) {
            newState(channel, ChannelState.UP);
            SimChannel peer = channel.localPeer;
            if (peer != null && peer.answersWithPeer && peer.state != ChannelState.UP) {
                newState(peer, ChannelState.UP);
            }
            deviceChanged(channel);
            Runnable onAnswer = channel.onAnswer;
            channel.onAnswer = null;
            if (onAnswer != null) {
                thread.execute(onAnswer);
            }
        }
    }

    /** A hangup asked for over AMI: a soft hangup request on the channel, then the hangup. */
    private void requestHangup(SimChannel channel, int cause) {
        publish(channelEvent("SoftHangupRequest", "call,all", channel).add("Cause", cause));
        hangupChannel(channel, cause);
    }

    /**
     * Hangs up a channel; the other half of a Local pair, the other party of a bridge, and a
     * device being dialled follow, as on Asterisk.
     */
    void hangupChannel(SimChannel channel, int cause) {
        if (channel.hungUp) {
            return;
        }
        if (channel.bridgedWith != null) {
            hangupBridged(channel, cause);
            return;
        }
        if (channel.dialing != null) {
            SimChannel callee = channel.dialing;
            channel.dialing = null;
            publish(dialEnd(channel, callee, "CANCEL"));
            removeChannel(callee, 16);
        }
        if (channel.queueAttempt != null) {
            queueCalls.abandon(channel.queueAttempt);
        }
        if (channel.dialedBy != null && channel.dialedBy.dialing == channel) {
            channel.dialedBy.dialing = null;
        }
        SimChannel peer = channel.localPeer;
        for (SimChannel half : new SimChannel[] { channel, peer }) {
            if (half != null && half.onUnanswered != null) {
                Runnable failed = half.onUnanswered;
                half.onUnanswered = null;
                failed.run();
            }
        }
        if (peer == null || peer.hungUp) {
            removeChannel(channel, cause);
        } else {
            hangupLocalPair(channel, peer, cause);
        }
    }

    /**
     * One half of a Local pair hangs up and takes the other along, in Asterisk's order: a
     * {@code ;2} running dialplan runs its own {@code h} first; the other half, asked to hang up,
     * leaves its bridge if in one (and the bridge's other party is put out), ends the
     * application an originate gave it, or gets a soft hangup and runs its {@code h} if it has one.
     */
    private void hangupLocalPair(SimChannel channel, SimChannel peer, int cause) {
        if (channel.name.endsWith(";2") && dialplan.find(channel.context, "h").isPresent()) {
            channel.variables.put("HANGUPCAUSE", String.valueOf(cause));
            runHangupExtension(channel);
        }
        publish(channelEvent("HangupRequest", "call,all", peer).add("Cause", cause));
        if (peer.bridgedWith != null) {
            removeChannel(channel, cause);
            leaveBridge(peer, cause);
            return;
        }
        if (peer.runsOriginatedApplication) {
            removeChannel(channel, cause);
            removeChannel(peer, cause);
            return;
        }
        publish(channelEvent("SoftHangupRequest", "call,all", peer).add("Cause", 16));
        peer.variables.put("HANGUPCAUSE", String.valueOf(cause));
        if (dialplan.find(peer.context, "h").isPresent()) {
            removeChannel(channel, cause);
            runHangupExtension(peer);
            removeChannel(peer, cause);
        } else {
            removeChannel(peer, cause);
            removeChannel(channel, cause);
        }
    }

    /** The channel leaves its bridge and hangs up; the party left alone is put out of the bridge and hung up. */
    private void leaveBridge(SimChannel channel, int cause) {
        SimChannel other = channel.bridgedWith;
        String bridge = channel.bridgeId;
        publish(bridgeEvent("BridgeLeave", bridge, 1).addAll(channel.snapshot("")));
        channel.bridgedWith = null;
        other.bridgedWith = null;
        if (channel.onLeaveBridge != null) {
            channel.onLeaveBridge.run();
            channel.onLeaveBridge = null;
        }
        removeChannel(channel, cause);
        publish(bridgeEvent("BridgeLeave", bridge, 0).addAll(other.snapshot("")));
        publish(bridgeEvent("BridgeDestroy", bridge, 0));
        requestHangup(other, 16);
    }

    /** The {@code h} extension runs on a channel hanging up as on Asterisk: exten h, priorities from 1. */
    private void runHangupExtension(SimChannel channel) {
        dialplan.find(channel.context, "h").ifPresent(steps -> {
            channel.exten = "h";
            for (int i = 0; i < steps.size(); i++) {
                channel.priority = i + 1;
                newexten(channel, "h", steps.get(i).application(), substitute(channel, steps.get(i).data()));
            }
            channel.priority = steps.size() + 1;
        });
    }

    /** HangupRequest, both leave the bridge, both hang up, the bridge goes. */
    private void hangupBridged(SimChannel channel, int cause) {
        SimChannel other = channel.bridgedWith;
        String bridge = channel.bridgeId;
        publish(channelEvent("HangupRequest", "call,all", channel).add("Cause", cause));
        publish(bridgeEvent("BridgeLeave", bridge, 1).addAll(channel.snapshot("")));
        publish(bridgeEvent("BridgeLeave", bridge, 0).addAll(other.snapshot("")));
        channel.bridgedWith = null;
        other.bridgedWith = null;
        removeChannel(channel, cause);
        removeChannel(other, cause);
        publish(bridgeEvent("BridgeDestroy", bridge, 0));
    }

    private void removeChannel(SimChannel channel, int cause) {
        if (channel.recording) {
            channel.recording = false;
            publish(channelEvent("MixMonitorStop", "call,all", channel));
        }
        if (channel.spying != null) {
            stopSpying(channel);
        }
        for (SimChannel spyer : List.copyOf(channel.spiedBy)) {
            stopSpying(spyer);
            thread.execute(() -> hangupChannel(spyer, 16));
        }
        channel.hungUp = true;
        channel.generation++;
        if (channel.localPeer != null && !channel.localPeer.hungUp) {
            // The two halves of a Local channel live and die together.
            SimChannel peer = channel.localPeer;
            thread.execute(() -> hangupChannel(peer, cause));
        }
        byName.remove(channel.name);
        byUniqueid.remove(channel.uniqueid);
        publish(channelEvent("Hangup", "call,all", channel).add("Cause", cause).add("Cause-txt", causeText(cause)));
        deviceChanged(channel);
    }

    private SimChannel newChannel(String name, String uniqueid, String linkedid, ChannelState state, String context,
            String exten) {
        long now = System.currentTimeMillis();
        String id = uniqueid != null ? uniqueid : (now / 1000) + "." + nextId++;
        if (uniqueid != null) {
            nextId++;
        }
        SimChannel channel = new SimChannel(name, id, linkedid != null ? linkedid : id, state, context, exten, now);
        byName.put(name, channel);
        byUniqueid.put(id, channel);
        return channel;
    }

    void newexten(SimChannel channel, String extension, String application, String data) {
        publish(channelEvent("Newexten", "dialplan,all", channel).add("Extension", extension)
                .add("Application", application).add("AppData", data));
    }

    /** Queue members follow their device: in use while one of its channels is up. */
    private void deviceChanged(SimChannel channel) {
        String device = channel.device();
        if (queues.follows(device)) {
            queues.deviceInUse(device, byName.values().stream()
                    .anyMatch(c -> c.device().equals(device) && c.state == ChannelState.UP));
        }
    }

    void newState(SimChannel channel, ChannelState state) {
        channel.state = state;
        publish(channelEvent("Newstate", "call,all", channel));
    }

    private void assign(SimChannel channel, String variable, String value) {
        if (variable.equals("CALLERID(num)")) {
            if (value.equals(channel.callerIdNum)) {
                return;
            }
            setCallerId(channel, new CallerId(value, channel.callerIdName.equals(SimChannel.UNKNOWN) ? value
                    : channel.callerIdName));
            return;
        }
        if (variable.equals("CALLERID(name)")) {
            channel.callerIdName = value;
            publish(newCallerId(channel));
            return;
        }
        channel.variables.put(variable, value);
        publish(channelEvent("VarSet", "dialplan,all", channel).add("Variable", variable).add("Value", value));
    }

    /**
     * Sets the caller id; a Local half still without a connected line gets the same, reported
     * after the caller id on the first half, and already in the caller id's event on the second
     * (Asterisk copies it across the pair first).
     */
    private void setCallerId(SimChannel channel, CallerId callerId) {
        boolean connect = channel.localPeer != null && channel.connectedLineNum.equals(SimChannel.UNKNOWN);
        boolean secondHalf = channel.name.endsWith(";2");
        if (connect && secondHalf) {
            channel.connectedLineNum = callerId.number();
            channel.connectedLineName = callerId.name();
        }
        channel.callerIdNum = callerId.number();
        channel.callerIdName = callerId.name();
        publish(newCallerId(channel));
        if (connect) {
            channel.connectedLineNum = callerId.number();
            channel.connectedLineName = callerId.name();
            publish(channelEvent("NewConnectedLine", "call,all", channel));
        }
    }

    private String read(SimChannel channel, String variable) {
        return switch (variable) {
            case "CHANNEL" -> channel.name;
            case "UNIQUEID" -> channel.uniqueid;
            case "CALLERID(num)" -> channel.callerIdNum;
            case "CALLERID(name)" -> channel.callerIdName;
            case "CHANNEL(state)" -> channel.state.description;
            default -> channel.variables.getOrDefault(variable, globals.getOrDefault(variable, ""));
        };
    }

    private String substitute(SimChannel channel, String data) {
        Matcher offset = EXTEN_OFFSET.matcher(data);
        String result = offset.replaceAll(m -> Matcher.quoteReplacement(
                channel.exten.substring(Math.min(channel.exten.length(), Integer.parseInt(m.group(1))))));
        result = result.replace("${EXTEN}", channel.exten).replace("${CHANNEL}", channel.name)
                .replace("${CALLERID(all)}", "\"" + channel.callerIdName + "\" <" + channel.callerIdNum + ">")
                .replace("${CALLERID(num)}", channel.callerIdNum).replace("${CALLERID(name)}", channel.callerIdName)
                .replace("${HANGUPCAUSE}", channel.variables.getOrDefault("HANGUPCAUSE", "0"));
        for (Map.Entry<String, String> variable : channel.variables.entrySet()) {
            result = result.replace("${" + variable.getKey() + "}", variable.getValue());
        }
        for (Map.Entry<String, String> variable : globals.entrySet()) {
            result = result.replace("${" + variable.getKey() + "}", variable.getValue());
        }
        return UNSET_VARIABLE.matcher(result).replaceAll("");
    }

    /**
     * Runs a FastAGI session for the channel on its own thread, as Asterisk does, then carries on
     * with the dialplan with AGISTATUS set.
     */
    private void runAgi(SimChannel channel, List<Dialplan.Step> steps, String url, List<String> keys) {
        int resume = channel.priority;
        Map<String, String> environment = agiEnvironment(channel);
        AgiChannelSide side = new AgiChannelSide() {
            @Override
            public Map<String, String> environment() {
                return environment;
            }

            @Override
            public void setVariable(String name, String value) {
                call(() -> {
                    assign(channel, name, value);
                    return null;
                });
            }

            @Override
            public Optional<String> getVariable(String name) {
                return call(() -> Optional.of(read(channel, name)).filter(v -> !v.isEmpty()));
            }

            @Override
            public void answer() {
                call(() -> {
                    SimulatedPbx.this.answer(channel);
                    return null;
                });
            }

            @Override
            public boolean hasSound(String file) {
                return !missingSounds.contains(file);
            }

            @Override
            public void hangup() {
                call(() -> {
                    hangupChannel(channel, 16);
                    return null;
                });
            }
        };
        agiSessions.execute(() -> {
            String status = new FastAgiSession(url, side, new CallerKeys(keys)).run();
            thread.execute(() -> {
                channel.variables.put("AGISTATUS", status);
                if (!channel.hungUp) {
                    run(channel, steps, resume);
                }
            });
        });
    }

    private static Map<String, String> agiEnvironment(SimChannel channel) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("channel", channel.name);
        env.put("language", "en");
        env.put("type", channel.name.substring(0, Math.max(0, channel.name.indexOf('/'))));
        env.put("uniqueid", channel.uniqueid);
        env.put("version", "22.10.1");
        env.put("callerid", channel.callerIdNum);
        env.put("calleridname", channel.callerIdName);
        env.put("callingpres", "0");
        env.put("callingani2", "0");
        env.put("callington", "0");
        env.put("callingtns", "0");
        env.put("dnid", channel.exten);
        env.put("rdnis", "unknown");
        env.put("context", channel.context);
        env.put("extension", channel.exten);
        env.put("priority", String.valueOf(channel.priority));
        env.put("enhanced", "0.0");
        env.put("accountcode", "");
        env.put("threadid", String.valueOf(channel.uniqueid.hashCode() & 0x7fffffff));
        return env;
    }

    /** {@code $["a" = "b"]?yes[:no]}: the label to go to, or null to carry on. */
    private static String conditionalTarget(String data) {
        int question = data.lastIndexOf('?');
        Matcher m = CONDITION.matcher(data.substring(0, question).strip());
        boolean holds = m.matches() && ("=".equals(m.group(2)) == m.group(1).equals(m.group(3)));
        String[] targets = data.substring(question + 1).split(":", 2);
        String target = holds ? targets[0] : targets.length > 1 ? targets[1] : "";
        return target.isBlank() ? null : target.strip();
    }

    /** Goto(label), Goto(exten,priority) or Goto(context,exten,priority). */
    private void goTo(SimChannel channel, List<Dialplan.Step> steps, String target) {
        String[] parts = target.split(",");
        if (parts.length == 1) {
            int index = Dialplan.indexOf(steps, parts[0].strip());
            if (index >= 0) {
                thread.execute(() -> run(channel, steps, index));
            }
            return;
        }
        String context = parts.length == 3 ? parts[0].strip() : channel.context;
        String exten = parts[parts.length - 2].strip();
        List<Dialplan.Step> next = dialplan.find(context, exten).orElse(List.of());
        channel.context = context;
        channel.exten = exten;
        int priority = parts[parts.length - 1].strip().matches("\\d+") ? Integer.parseInt(parts[parts.length - 1].strip()) - 1
                : Math.max(0, Dialplan.indexOf(next, parts[parts.length - 1].strip()));
        thread.execute(() -> run(channel, next, priority));
    }

    /**
     * ChanSpy(target,options): with {@code u} the target is a Uniqueid or exact name, otherwise a
     * name prefix. The spyer stays until it hangs up, or (option E) the target does.
     */
    private void spy(SimChannel spyer, String data) {
        String[] args = data.split(",", 2);
        String target = args[0].strip();
        String options = args.length > 1 ? args[1] : "";
        Optional<SimChannel> spyee = options.contains("u") ? find(target)
                : byName.values().stream().filter(c -> c.name.startsWith(target) && c != spyer).findFirst();
        if (spyee.isEmpty() || (options.contains("b") && spyee.get().bridgedWith == null)) {
            thread.schedule(() -> hangupChannel(spyer, 16), 100, TimeUnit.MILLISECONDS);
            return;
        }
        spyer.spying = spyee.get();
        spyee.get().spiedBy.add(spyer);
        publish(AmiMessage.event("ChanSpyStart").add("Privilege", "call,all").add("Timestamp", timestamp())
                .addAll(spyer.snapshot("Spyer")).addAll(spyee.get().snapshot("Spyee")));
    }

    private void stopSpying(SimChannel spyer) {
        SimChannel spyee = spyer.spying;
        spyer.spying = null;
        spyee.spiedBy.remove(spyer);
        publish(AmiMessage.event("ChanSpyStop").add("Privilege", "call,all").add("Timestamp", timestamp())
                .addAll(spyer.snapshot("Spyer")).addAll(spyee.snapshot("Spyee")));
    }

    /** Starts a MixMonitor recording; the reason when there is no such channel. */
    public Optional<String> startRecording(String channel, String file) {
        return call(() -> find(channel).map(c -> {
            c.recording = true;
            c.variables.put("MIXMONITOR_FILENAME", file);
            publish(channelEvent("MixMonitorStart", "call,all", c));
            return Optional.<String>empty();
        }).orElse(Optional.of("No such channel")));
    }

    /** Stops a MixMonitor recording; the reason when there is none. */
    public Optional<String> stopRecording(String channel) {
        return call(() -> find(channel).filter(c -> c.recording).map(c -> {
            c.recording = false;
            publish(channelEvent("MixMonitorStop", "call,all", c));
            return Optional.<String>empty();
        }).orElse(Optional.of("Could not stop MixMonitor: no recording on " + channel)));
    }

    /** Dial(interface,timeout): rings a simulated device, bridges on answer, or carries on with DIALSTATUS. */
    private void dial(SimChannel caller, List<Dialplan.Step> steps, String data) {
        String[] args = data.split(",");
        String deviceInterface = args[0].strip();
        long timeoutMillis = args.length > 1 && !args[1].isBlank() ? Long.parseLong(args[1].strip()) * 1000 : 30_000;
        int resume = caller.priority;
        if (deviceInterface.startsWith("Local/") && deviceInterface.contains("@")) {
            dialLocal(caller, steps, deviceInterface, timeoutMillis, resume);
            return;
        }
        SimChannel callee = newChannel(deviceInterface + "-" + String.format("%08x", nextDevice++), null,
                caller.linkedid, ChannelState.DOWN, "switchboard-internal", "s");
        callee.callerIdNum = caller.callerIdNum;
        callee.callerIdName = caller.callerIdName;
        caller.dialing = callee;
        callee.dialedBy = caller;
        publish(channelEvent("Newchannel", "call,all", callee));
        publish(dialBegin(caller, callee, deviceInterface.substring(deviceInterface.indexOf('/') + 1)));
        DeviceBehavior behavior = deviceInterface.endsWith("@carrier") ? customers.next()
                : devices.getOrDefault(deviceInterface, defaultDevice);
        callee.machine = behavior.machine();
        Matcher subroutine = DIAL_SUBROUTINE.matcher(args.length > 2 ? args[2] : "");
        String onAnswer = subroutine.find() ? subroutine.group(1) : null;
        if (behavior.busy()) {
            endDial(caller, callee, "BUSY", 17, steps, resume);
            return;
        }
        newState(callee, ChannelState.RINGING);
        long generation = callee.generation;
        thread.schedule(() -> {
            if (!callee.hungUp && callee.generation == generation && callee.state == ChannelState.RINGING) {
                endDial(caller, callee, "NOANSWER", 19, steps, resume);
            }
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        if (behavior.answerAfterMillis() >= 0) {
            thread.schedule(() -> {
                if (!callee.hungUp && callee.generation == generation && callee.state == ChannelState.RINGING) {
                    if (onAnswer == null) {
                        connect(caller, callee);
                    } else {
                        runOnAnswer(caller, callee, onAnswer, steps, resume);
                    }
                }
            }, behavior.answerAfterMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Dial(Local/exten@context): a Local pair whose {@code ;2} runs the context; when it answers,
     * {@code ;1} is bridged with the caller. Not answered in time: NOANSWER; a context without
     * the extension: CHANUNAVAIL.
     */
    private void dialLocal(SimChannel caller, List<Dialplan.Step> steps, String deviceInterface, long timeoutMillis,
            int resume) {
        LocalTarget local = LocalTarget.of(deviceInterface);
        String exten = local.exten();
        String context = local.context();
        String dest = local.dialString();
        Optional<List<Dialplan.Step>> far = dialplan.find(context, exten);
        if (far.isEmpty()) {
            caller.variables.put("DIALSTATUS", "CHANUNAVAIL");
            run(caller, steps, resume);
            return;
        }
        SimChannel one = localPair(context, exten, null, null, caller.linkedid);
        SimChannel two = one.localPeer;
        caller.dialing = one;
        one.dialedBy = caller;
        one.application = "AppDial";
        one.applicationData = "(Outgoing Line)";
        dialledLocalCallerIds(caller, one, exten);
        publish(localBridge(one, two, context, exten));
        publish(dialBegin(caller, one, dest));
        one.answersWithPeer = true;
        two.onAnswer = () -> connectLocal(caller, one);
        long generation = two.generation;
        thread.schedule(() -> {
            if (!two.hungUp && two.generation == generation && two.state != ChannelState.UP) {
                endDial(caller, one, "NOANSWER", 19, steps, resume);
            }
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        run(two, far.get(), 0);
    }

    /**
     * Dial's caller ids on a dialled Local pair, as Asterisk sets them: {@code ;1} is the dialled
     * number under the caller's name, connected to the caller; {@code ;2} calls as the caller,
     * connected to the dialled number.
     */
    private void dialledLocalCallerIds(SimChannel caller, SimChannel one, String exten) {
        SimChannel two = one.localPeer;
        one.callerIdNum = exten;
        one.callerIdName = caller.callerIdName;
        one.connectedLineNum = caller.callerIdNum;
        one.connectedLineName = caller.callerIdName;
        newexten(one, exten, "AppDial", "(Outgoing Line)");
        publish(newCallerId(one));
        publish(channelEvent("NewConnectedLine", "call,all", one));
        two.callerIdNum = caller.callerIdNum;
        two.callerIdName = caller.callerIdName;
        two.connectedLineNum = exten;
        two.connectedLineName = caller.callerIdName;
        publish(newCallerId(two));
        publish(channelEvent("NewConnectedLine", "call,all", two));
    }

    /** The dialled Local half answered: DialEnd, then it enters a new bridge before the caller. */
    private void connectLocal(SimChannel caller, SimChannel one) {
        publish(dialEnd(caller, one, "ANSWER"));
        caller.dialing = null;
        caller.variables.put("DIALSTATUS", "ANSWER");
        answer(caller);
        String bridge = newBridge();
        one.exten = "";
        newexten(one, "", "AppDial", "(Outgoing Line)");
        enterBridge(bridge, one, caller);
    }

    /**
     * Dial's U(context): the answered callee runs the subroutine before it is connected; on Return
     * it is connected, unless GOSUB_RESULT=CONTINUE, which hangs it up and lets the caller go on.
     */
    private void runOnAnswer(SimChannel caller, SimChannel callee, String context, List<Dialplan.Step> steps,
            int resume) {
        newState(callee, ChannelState.UP);
        callee.onReturn = () -> {
            if ("CONTINUE".equals(callee.variables.get("GOSUB_RESULT"))) {
                endDial(caller, callee, "ANSWER", 16, steps, resume);
            } else {
                connect(caller, callee);
            }
        };
        callee.context = context;
        callee.exten = "s";
        run(callee, dialplan.find(context, "s").orElse(List.of(Dialplan.step("Return", ""))), 0);
    }

    private void endDial(SimChannel caller, SimChannel callee, String status, int cause, List<Dialplan.Step> steps,
            int resume) {
        publish(dialEnd(caller, callee, status));
        caller.dialing = null;
        removeChannel(callee, cause);
        caller.variables.put("DIALSTATUS", status);
        run(caller, steps, resume);
    }

    private void connect(SimChannel caller, SimChannel callee) {
        if (callee.state != ChannelState.UP) {
            newState(callee, ChannelState.UP);
        }
        publish(dialEnd(caller, callee, "ANSWER"));
        caller.dialing = null;
        caller.variables.put("DIALSTATUS", "ANSWER");
        answer(caller);
        bridgeTogether(caller, callee);
    }

    private void bridgeTogether(SimChannel one, SimChannel two) {
        enterBridge(newBridge(), one, two);
    }

    String newBridge() {
        String bridge = String.format("%08x-0000-4000-8000-%012x", nextBridge, nextBridge);
        nextBridge++;
        publish(bridgeEvent("BridgeCreate", bridge, 0));
        return bridge;
    }

    void enterBridge(String bridge, SimChannel first, SimChannel second) {
        first.bridgeId = bridge;
        second.bridgeId = bridge;
        first.bridgedWith = second;
        second.bridgedWith = first;
        publish(bridgeEvent("BridgeEnter", bridge, 1).addAll(first.snapshot("")));
        publish(bridgeEvent("BridgeEnter", bridge, 2).addAll(second.snapshot("")));
    }

    private AmiMessage bridgeEvent(String name, String bridge, int members) {
        return AmiMessage.event(name).add("Privilege", "call,all").add("Timestamp", timestamp())
                .add("BridgeUniqueid", bridge).add("BridgeType", "basic").add("BridgeTechnology", "simple_bridge")
                .add("BridgeCreator", "<unknown>").add("BridgeName", "<unknown>").add("BridgeNumChannels", members)
                .add("BridgeVideoSourceMode", "none");
    }

    /** {@code UserEvent(Name,Key: Value,Key2: Value2)} as the dialplan writes it. */
    private void publishUserEvent(SimChannel channel, String data) {
        String[] parts = data.split(",");
        AmiMessage event = channelEvent("UserEvent", "user,all", channel).add("UserEvent", parts[0].strip());
        for (int i = 1; i < parts.length; i++) {
            int colon = parts[i].indexOf(':');
            if (colon > 0) {
                event.add(parts[i].substring(0, colon).strip(), parts[i].substring(colon + 1).strip());
            }
        }
        publish(event);
    }

    /** NewCallerid: the channel's caller id as it now is. */
    AmiMessage newCallerId(SimChannel channel) {
        return channelEvent("NewCallerid", "call,all", channel).add("CID-CallingPres",
                "0 (Presentation Allowed, Not Screened)");
    }

    /** DialEnd of a dial from {@code caller} (null for an originate's own) to {@code callee}. */
    AmiMessage dialEnd(SimChannel caller, SimChannel callee, String status) {
        return dialEvent("DialEnd", caller, callee).add("DialStatus", status);
    }

    /** DialBegin of a dial from {@code caller} (null for an originate's own) to {@code callee}. */
    AmiMessage dialBegin(SimChannel caller, SimChannel callee, String dialString) {
        return dialEvent("DialBegin", caller, callee).add("DialString", dialString);
    }

    private AmiMessage dialEvent(String name, SimChannel caller, SimChannel callee) {
        AmiMessage event = AmiMessage.event(name).add("Privilege", "call,all").add("Timestamp", timestamp());
        if (caller != null) {
            event.addAll(caller.snapshot(""));
        }
        return event.addAll(callee.snapshot("Dest"));
    }

    AmiMessage channelEvent(String name, String privilege, SimChannel channel) {
        return AmiMessage.event(name).add("Privilege", privilege).add("Timestamp", timestamp())
                .addAll(channel.snapshot(""));
    }

    AmiMessage localBridge(SimChannel one, SimChannel two, String context, String exten) {
        AmiMessage event = AmiMessage.event("LocalBridge").add("Privilege", "call,all").add("Timestamp", timestamp());
        event.addAll(one.snapshot("LocalOne")).addAll(two.snapshot("LocalTwo"));
        return event.add("Context", context).add("Exten", exten).add("LocalOptimization", "Yes");
    }

    private Optional<SimChannel> find(String channel) {
        SimChannel byChannelName = byName.get(channel);
        return Optional.ofNullable(byChannelName != null ? byChannelName : byUniqueid.get(channel));
    }

    void publish(AmiMessage event) {
        for (Consumer<AmiMessage> sink : sinks) {
            sink.accept(event);
        }
    }

    static String timestamp() {
        long micros = System.currentTimeMillis() * 1000 + (System.nanoTime() / 1000) % 1000;
        return String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    private <T> T call(Callable<T> work) {
        try {
            return thread.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the PBX", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("PBX action failed", e.getCause());
        }
    }
}
