package switchboard.cti;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.PingThread;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.SendEventGeneratingActionCallback;
import org.asteriskjava.manager.action.BridgeAction;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.MixMonitorAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.asteriskjava.manager.action.StopMixMonitorAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;

import switchboard.cti.action.BlindTransferAction;
import switchboard.cti.call.CallTracker;
import switchboard.cti.event.SwitchboardAgentNoAnswerEvent;
import switchboard.cti.event.SwitchboardAmdEvent;
import switchboard.cti.event.SwitchboardRouteRequestEvent;

/**
 * The bridge to one Asterisk: logs in (retrying with backoff until it can), keeps the connection
 * alive and detects a dead one (ping plus socket read timeout; Asterisk-Java reconnects), resyncs
 * after every connect, turns events into {@link CtiEvent}s on its own intake thread, and sends
 * commands asynchronously. The listener is called on a delivery thread of its own, in order.
 */
public final class PbxConnection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PbxConnection.class.getName());
    private static final long MAX_BACKOFF_MILLIS = 30_000;
    private static final long RESYNC_TIMEOUT_MILLIS = 10_000;

    private final PbxConfig config;
    private final CtiListener listener;
    private final DefaultManagerConnection connection = new DefaultManagerConnection();
    private final ExecutorService intake;
    /** Calls the listener, so a slow listener never delays the call model or commands. */
    private final ExecutorService delivery;
    private final ScheduledExecutorService retries;
    private final CallTracker tracker;
    private PingThread ping;
    private volatile boolean closed;

    public PbxConnection(PbxConfig config, CtiListener listener) {
        this.config = config;
        this.listener = listener;
        this.intake = Executors.newSingleThreadExecutor(r -> daemon(r, "cti-" + config.id()));
        this.delivery = Executors.newSingleThreadExecutor(r -> daemon(r, "cti-" + config.id() + "-events"));
        this.retries = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "cti-" + config.id() + "-login"));
        this.tracker = new CallTracker(config.id(), this::emit);
        connection.setHostname(config.host());
        connection.setPort(config.port());
        connection.setUsername(config.username());
        connection.setPassword(config.secret());
        connection.setSocketReadTimeout((int) config.pingInterval().multipliedBy(3).toMillis());
        connection.registerUserEventClass(SwitchboardRouteRequestEvent.class);
        connection.registerUserEventClass(SwitchboardAgentNoAnswerEvent.class);
        connection.registerUserEventClass(SwitchboardAmdEvent.class);
        // Asterisk-Java's dispatch thread only enqueues: it must never wait for us.
        connection.addEventListener(event -> intake.execute(() -> handle(event)));
    }

    /** Logs in now if the PBX answers, otherwise keeps trying in the background with backoff. */
    public void start() {
        retries.execute(() -> login(250));
    }

    public boolean isConnected() {
        return connection.getState() == ManagerConnectionState.CONNECTED;
    }

    // ---- call control ----------------------------------------------------------------------

    /** Rings an agent's device with a waiting call; the caller returns to hold if nobody answers. */
    public CompletableFuture<CommandResult> redirectToAgent(String callId, String deviceInterface,
            int ringTimeoutSeconds) {
        return callerChannel(callId).thenCompose(channel -> channel == null ? unknownCall(callId)
                : sendPipelined(new SetVarAction(channel, "SWB_AGENT_INTERFACE", deviceInterface),
                        new SetVarAction(channel, "SWB_RING_TIMEOUT", String.valueOf(ringTimeoutSeconds)),
                        new RedirectAction(channel, "switchboard-agent", "dial", 1)));
    }

    /**
     * Takes a connected call away from its agent and back to the ACD: to wait in {@code queue},
     * or for the agent {@code agentCode} by name (one of the two is blank). The agent's leg
     * leaves; {@link CtiEvent.CallTransferred}, then {@link CtiEvent.CallHandedToAcd} follow.
     */
    public CompletableFuture<CommandResult> transfer(String callId, String queue, String agentCode) {
        return connectedLegs(callId, legs -> sendInTurn(new SetVarAction(legs[0], "SWB_QUEUE", queue),
                new SetVarAction(legs[0], "SWB_TARGET_AGENT", agentCode),
                new BlindTransferAction(legs[1], "switchboard-queue", "s")));
    }

    /** Runs a command on a connected call's caller and agent legs (Uniqueids), or fails saying it is not connected. */
    private CompletableFuture<CommandResult> connectedLegs(String callId,
            Function<String[], CompletableFuture<CommandResult>> command) {
        return CompletableFuture.supplyAsync(() -> new String[] { tracker.callerChannel(callId),
                tracker.agentChannel(callId) }, intake).thenCompose(legs -> legs[0] == null || legs[1] == null
                        ? CompletableFuture.completedFuture(CommandResult.failed("Call " + callId
                                + " is not connected to an agent"))
                        : command.apply(legs));
    }

    /**
     * Puts the caller of a connected call on hold: music for the caller, silence for the agent's
     * phone, which stays up ({@link CtiEvent.CallHeld} follows).
     */
    public CompletableFuture<CommandResult> hold(String callId) {
        return connectedLegs(callId, legs -> send(new RedirectAction(legs[0], legs[1], "switchboard-hold", "s", 1,
                "switchboard-agent-hold", "s", 1)));
    }

    /** Takes a held caller off hold: caller and agent are bridged again ({@link CtiEvent.CallUnheld} follows). */
    public CompletableFuture<CommandResult> unhold(String callId) {
        return connectedLegs(callId, legs -> send(new BridgeAction(legs[0], legs[1])));
    }

    /** Sends the caller's channel of a call to {@code exten@context} (e.g. to play a message and hang up). */
    public CompletableFuture<CommandResult> sendTo(String callId, String context, String exten) {
        return callerChannel(callId).thenCompose(channel -> channel == null ? unknownCall(callId)
                : send(new RedirectAction(channel, context, exten, 1)));
    }

    /** Ends a call. */
    public CompletableFuture<CommandResult> hangup(String callId) {
        return callerChannel(callId).thenCompose(channel -> channel == null ? unknownCall(callId)
                : send(new HangupAction(channel)));
    }

    /** Sets a variable on the caller's channel. */
    public CompletableFuture<CommandResult> setVariable(String callId, String variable, String value) {
        return callerChannel(callId).thenCompose(channel -> channel == null ? unknownCall(callId)
                : send(new SetVarAction(channel, variable, value)));
    }

    /**
     * Originates a call with a pre-set channel id, so its events are recognised from the first;
     * the outcome arrives as {@link CtiEvent.OriginateResult}. The result carries the new call's id.
     */
    public CompletableFuture<CommandResult> originate(String channel, String context, String exten, String callerId,
            Map<String, String> variables, long timeoutMillis) {
        String channelId = UUID.randomUUID().toString();
        OriginateAction action = new OriginateAction();
        action.setChannel(channel);
        action.setContext(context);
        action.setExten(exten);
        action.setPriority(1);
        action.setCallerId(callerId);
        action.setVariables(variables);
        action.setTimeout(timeoutMillis);
        action.setChannelId(channelId);
        action.setAsync(true);
        return send(action).thenApply(result -> result.success()
                ? CommandResult.placed(tracker.callId(channelId), result.message())
                : CommandResult.failed("Originate refused: " + result.message()));
    }

    /**
     * Rings the supervisor's device and, when answered, joins them to the agent's side of a
     * connected call in the given mode (ChanSpy).
     */
    public CompletableFuture<CommandResult> spy(String callId, String supervisorDevice, SpyMode mode) {
        return CompletableFuture.supplyAsync(() -> tracker.agentChannel(callId), intake).thenCompose(agentLeg -> {
            if (agentLeg == null) {
                return CompletableFuture.completedFuture(CommandResult.failed("Call " + callId
                        + " is not connected to an agent"));
            }
            OriginateAction action = new OriginateAction();
            action.setChannel(supervisorDevice);
            action.setContext("switchboard-spy");
            action.setExten(mode.extension());
            action.setPriority(1);
            action.setVariables(Map.of("SWB_SPY_TARGET", agentLeg));
            action.setAsync(true);
            return send(action);
        });
    }

    /** Starts recording a call (MixMonitor on the caller's channel) into {@code file}. */
    public CompletableFuture<CommandResult> startRecording(String callId, String file) {
        return callerChannel(callId).thenCompose(channel -> channel == null ? unknownCall(callId)
                : send(new MixMonitorAction(channel, file, "b")));
    }

    /** Stops recording a call. */
    public CompletableFuture<CommandResult> stopRecording(String callId) {
        return callerChannel(callId).thenCompose(channel -> channel == null ? unknownCall(callId)
                : send(new StopMixMonitorAction(channel)));
    }

    @Override
    public void close() {
        closed = true;
        retries.shutdownNow();
        if (ping != null) {
            ping.die();
        }
        if (isConnected()) {
            connection.logoff();
        }
        intake.shutdown();
        delivery.shutdown();
    }

    // ---- internals ---------------------------------------------------------------------------

    private void login(long backoffMillis) {
        if (closed) {
            return;
        }
        try {
            connection.login();
            ping = new PingThread(connection);
            ping.setInterval(config.pingInterval().toMillis());
            ping.setDaemon(true);
            ping.start();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "PBX {0}: login to {1}:{2} failed ({3}); retrying in {4} ms", new Object[] {
                    config.id(), config.host(), String.valueOf(config.port()), e.getMessage(),
                    String.valueOf(backoffMillis) });
            long next = Math.min(MAX_BACKOFF_MILLIS, backoffMillis * 2);
            retries.schedule(() -> login(next), backoffMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** On the intake thread. */
    private void handle(ManagerEvent event) {
        try {
            if (event instanceof ConnectEvent) {
                emit(new CtiEvent.PbxConnected(config.id()));
                resync();
            } else if (event instanceof DisconnectEvent) {
                emit(new CtiEvent.PbxDisconnected(config.id()));
            } else {
                tracker.on(event);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "PBX " + config.id() + ": could not handle " + event, e);
        }
    }

    /** Lists the live channels without blocking anyone; reconciles on the intake thread. */
    /**
     * A caller who waits on hold in the queue context, met by a resync (Switchboard started, or
     * came back, while they waited): sent to the start of that context again, so the dialplan
     * hands them to the ACD with what the IVR learned (the {@code SWB_*} variables on their
     * channel), and they are routed.
     */
    private void handBack(String uniqueid) {
        send(new RedirectAction(uniqueid, "switchboard-queue", "s", 1)).thenAccept(result -> {
            if (!result.success()) {
                LOG.warning("PBX " + config.id() + ": could not hand waiting caller " + uniqueid + " to the ACD again: "
                        + result.message());
            }
        });
    }

    private void resync() {
        try {
            connection.sendEventGeneratingAction(new CoreShowChannelsAction(), new SendEventGeneratingActionCallback() {
                @Override
                public void onResponse(ResponseEvents events) {
                    List<CoreShowChannelEvent> channels = new ArrayList<>();
                    events.getEvents().stream().filter(CoreShowChannelEvent.class::isInstance)
                            .map(CoreShowChannelEvent.class::cast).forEach(channels::add);
                    intake.execute(() -> tracker.resync(channels).forEach(PbxConnection.this::handBack));
                }
            });
        } catch (Exception e) {
            LOG.log(Level.WARNING, "PBX " + config.id() + ": resync failed; calls may be stale until the next one", e);
        }
    }

    private void emit(CtiEvent event) {
        delivery.execute(() -> {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "PBX " + config.id() + ": listener failed on " + event, e);
            }
        });
    }

    private CompletableFuture<String> callerChannel(String callId) {
        return CompletableFuture.supplyAsync(() -> tracker.callerChannel(callId), intake);
    }

    private static CompletableFuture<CommandResult> unknownCall(String callId) {
        return CompletableFuture.completedFuture(CommandResult.failed("No call " + callId + " on this PBX"));
    }

    /**
     * Sends the actions at once, without waiting for each response: Asterisk runs one session's
     * actions in the order they arrive, so the ring costs one round trip instead of three. The
     * first failure, or the last result.
     */
    private CompletableFuture<CommandResult> sendPipelined(ManagerAction... actions) {
        List<CompletableFuture<CommandResult>> sent = new ArrayList<>();
        for (ManagerAction action : actions) {
            sent.add(send(action));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).thenApply(done -> sent.stream()
                .map(CompletableFuture::join).filter(r -> !r.success()).findFirst()
                .orElse(sent.get(sent.size() - 1).join()));
    }

    /** Sends each action once the one before succeeded; the first failure, or the last result. */
    private CompletableFuture<CommandResult> sendInTurn(ManagerAction... actions) {
        CompletableFuture<CommandResult> result = send(actions[0]);
        for (int i = 1; i < actions.length; i++) {
            ManagerAction next = actions[i];
            result = result.thenCompose(r -> r.success() ? send(next) : CompletableFuture.completedFuture(r));
        }
        return result;
    }

    private CompletableFuture<CommandResult> send(ManagerAction action) {
        CompletableFuture<CommandResult> result = new CompletableFuture<>();
        try {
            connection.sendAction(action, response -> result.complete(toResult(response)));
        } catch (Exception e) {
            result.complete(CommandResult.failed("PBX " + config.id() + " not reachable: " + e.getMessage()));
        }
        return result.completeOnTimeout(CommandResult.failed("PBX " + config.id() + " did not answer in time"),
                RESYNC_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static CommandResult toResult(ManagerResponse response) {
        if (response == null) {
            return CommandResult.failed("No response (connection lost)");
        }
        return response instanceof ManagerError || "Error".equalsIgnoreCase(response.getResponse())
                ? CommandResult.failed(response.getMessage())
                : CommandResult.ok(response.getMessage());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
