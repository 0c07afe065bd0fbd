package switchboard.desktop.callcenter;

import java.util.ArrayList;
import java.util.Comparator;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.core.Response.Status;
import switchboard.cti.CommandResult;
import switchboard.cti.CtiBridge;
import switchboard.cti.SpyMode;
import switchboard.cti.CtiEvent;
import switchboard.cti.OriginateOutcome;
import switchboard.cti.PbxConfig;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.interaction.Interaction;
import switchboard.desktop.problem.Problem;
import switchboard.desktop.queue.RoutingQueue;
import switchboard.desktop.screenpop.AgentDesks;
import switchboard.desktop.screenpop.ScreenPops;
import switchboard.routing.AgentState;
import switchboard.routing.AgentStatus;
import switchboard.routing.Assignment;
import switchboard.routing.CallRequest;
import switchboard.routing.CustomerTier;
import switchboard.routing.QueueSnapshot;
import switchboard.routing.kpi.Kpis;
import switchboard.routing.QueueConfig;
import switchboard.routing.RoutingEngine;
import switchboard.routing.RoutingListener;

/**
 * Runs live calls: the routing engine on its own loop thread, fed by the CTI bridge, its
 * decisions carried out through the bridge, every call recorded as an interaction.
 */
@ApplicationScoped
public class CallCenter implements RoutingListener {

    private static final Logger LOG = Logger.getLogger(CallCenter.class);
    private static final long TICK_MILLIS = 200;
    /** How long a call transferred to an agent by name waits for them before anyone may take it. */
    private static final int TRANSFER_WAIT_SECONDS = 60;
    /** How long a simulated agent waits before taking back a desktop a person closed (a reload is quicker). */
    private static final int TAKE_BACK_SECONDS = 5;
    /** How long a simulated agent takes to write up a call. */
    private static final int SIMULATED_WRAP_UP_SECONDS = 8;
    /** An answered outbound call must reach an agent within this, or it is abandoned (US and UK rules). */
    private static final int OUTBOUND_CONNECT_SECONDS = 2;
    /** The not-ready reason of an agent kept free for an outbound call. */
    private static final String OUTBOUND_REASON = "outbound";
    /** About how long a customer's phone rings before they answer. */
    private static final int RING_SECONDS_EXPECTED = 10;

    private final CallCenterConfig config;
    private final SimulatedTelephony simulated;
    private final CallerProfiles profiles;
    private final InteractionLog log;
    private final AgentStateLog stateLog;
    private final AgentDesks desks;
    private final ScreenPops pops;
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "routing-loop");
        t.setDaemon(true);
        return t;
    });
    /** Owned by the loop thread. */
    private final Roster roster = new Roster();
    private final Map<String, ActiveCall> calls = new HashMap<>();
    /** Agents a person has taken over from the simulation. */
    private final Set<String> takenOver = new HashSet<>();
    /** The simulated agents' choices of disposition. */
    private final SplittableRandom random = new SplittableRandom(20260101);
    private RoutingEngine engine;
    private CtiBridge bridge;

    CallCenter(CallCenterConfig config, SimulatedTelephony simulated, CallerProfiles profiles, InteractionLog log,
            AgentStateLog stateLog, AgentDesks desks, ScreenPops pops) {
        this.config = config;
        this.simulated = simulated;
        this.profiles = profiles;
        this.log = log;
        this.stateLog = stateLog;
        this.desks = desks;
        this.pops = pops;
    }

    /** After the demo data: queues and agents come from the database. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        engine = new RoutingEngine(System::currentTimeMillis, this, 1, 60);
        List<QueueConfig> queues = QuarkusTransaction.requiringNew().call(() -> RoutingQueue.<RoutingQueue>listAll()
                .stream().map(QueueConfigs::of).toList());
        List<RosterAgent> agents = QuarkusTransaction.requiringNew().call(() -> Agent.<Agent>listAll().stream()
                .map(RosterAgent::of).toList());
        List<PbxConfig> pbxs = config.simulated() ? List.of(simulated.start()) : configuredPbxs();
        loop.execute(() -> {
            queues.forEach(this::applyQueue);
            agents.forEach(this::applyAgent);
        });
        bridge = new CtiBridge(pbxs, cti -> loop.execute(() -> on(cti)));
        bridge.start();
        loop.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        if (config.simulated()) {
            simulated.startTraffic();
        }
        LOG.infof("Call center running: %d queues, %d agents, %s PBX", queues.size(), agents.size(),
                config.simulated() ? "simulated" : pbxs.size() + " Asterisk");
    }

    /**
     * An agent an administrator created or changed, after the change is stored. New skills count
     * at once, for calls already waiting too; a new device from the next call; an agent made
     * inactive is logged out after any call in progress. Completes once routing follows it.
     */
    public CompletableFuture<Void> agentChanged(RosterAgent agent) {
        return engine == null ? CompletableFuture.completedFuture(null) : CompletableFuture.runAsync(() -> applyAgent(agent), loop);
    }

    /**
     * A queue an administrator created or changed, after the change is stored: calls waiting in
     * it stay and are routed by the new rules at once. Completes once routing follows it.
     */
    public CompletableFuture<Void> queueChanged(QueueConfig queue) {
        return engine == null ? CompletableFuture.completedFuture(null) : CompletableFuture.runAsync(() -> applyQueue(queue), loop);
    }

    private void applyQueue(QueueConfig queue) {
        if (roster.put(queue)) {
            engine.redefineQueue(queue);
        } else {
            engine.defineQueue(queue);
        }
    }

    /** In the simulated call center a simulated agent staffs every active agent who is not logged in. */
    private void applyAgent(RosterAgent agent) {
        roster.put(agent);
        AgentState state = engine.agentStatus(agent.code()).state();
        if (!agent.active()) {
            if (state != AgentState.LOGGED_OUT) {
                engine.logout(agent.code());
            }
        } else if (state != AgentState.LOGGED_OUT) {
            engine.updateSkills(agent.code(), agent.skills());
        } else if (config.agentsReadyAtStart() && !takenOver.contains(agent.code())) {
            engine.login(agent.code(), agent.skills());
            engine.ready(agent.code());
        }
    }

    /** Whether live calls are handled (not when switched off by configuration). */
    public boolean isRunning() {
        return engine != null;
    }

    void stop(@Observes ShutdownEvent event) {
        if (bridge != null) {
            bridge.close();
        }
        simulated.stop();
        loop.shutdownNow();
    }

    /** A failing tick must not end the schedule: it would stop every timer. */
    private void tick() {
        try {
            engine.tick();
        } catch (RuntimeException e) {
            LOG.error("Routing timers failed", e);
        }
    }

    // ---- bridge events, on the loop ----------------------------------------------------------

    private void on(CtiEvent event) {
        try {
            if (event instanceof CtiEvent.CallArrived e) {
                call(e.callId()).ani = e.ani();
            } else if (event instanceof CtiEvent.CallHandedToAcd e) {
                handedToAcd(e);
            } else if (event instanceof CtiEvent.OriginateResult e) {
                originated(e);
            } else if (event instanceof CtiEvent.CallConnected e) {
                ActiveCall connected = call(e.callId());
                connected.answered = true;
                if (connected.outbound != null) {
                    connected.outbound.listener().agentConnected();
                }
                engine.callAnswered(e.callId());
                log.answered(e.callId());
                callState(e.callId(), "connected");
            } else if (event instanceof CtiEvent.AgentNoAnswer e) {
                call(e.callId()).agent = null;
                engine.agentNoAnswer(e.callId());
            } else if (event instanceof CtiEvent.CallHeld e) {
                call(e.callId()).heldSince = Instant.now();
                callState(e.callId(), "held");
            } else if (event instanceof CtiEvent.CallUnheld e) {
                offHold(call(e.callId()));
                callState(e.callId(), "connected");
            } else if (event instanceof CtiEvent.CallTransferred e) {
                transferred(call(e.callId()));
            } else if (event instanceof CtiEvent.CallEnded e) {
                ended(e.callId());
            } else if (event instanceof CtiEvent.CallAbandoned e) {
                ended(e.callId());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not handle %s", event);
        }
    }

    // ---- outbound -----------------------------------------------------------------------------

    /**
     * Keeps an available agent of the queue free for an outbound call (not ready, reason
     * {@code outbound}): their code, or empty when nobody is free.
     */
    public CompletableFuture<Optional<String>> reserveAgent(String queue, String team) {
        return onLoop(() -> reserveNow(queue, team));
    }

    /** On the loop: the longest-idle available agent of the queue (and team), kept free; or empty. */
    private Optional<String> reserveNow(String queue, String team) {
        Optional<String> free = freeAgents(queue, team).stream().findFirst();
        free.ifPresent(agent -> engine.notReady(agent, OUTBOUND_REASON));
        return free;
    }

    private List<String> freeAgents(String queue, String team) {
        return engine.availableAgents(queue, Integer.MAX_VALUE).stream()
                .filter(agent -> roster.takesCalls(agent) && roster.agent(agent).inTeam(team)).toList();
    }

    /** How many agents of the queue (and team, unless null) are available now. */
    public CompletableFuture<Integer> availableAgents(String queue, String team) {
        return onLoop(() -> freeAgents(queue, team).size());
    }

    /**
     * How many agents of the queue (and team) will likely be free within a ring time: those in
     * wrap-up, and those whose call has lasted about the queue's handle time already.
     */
    public CompletableFuture<Integer> agentsFreeingSoon(String queue, String team) {
        return onLoop(() -> {
            double aht = engine.snapshot(queue).kpis().ahtSeconds();
            long endingAfterMillis = (long) (((Double.isNaN(aht) ? 300 : aht) - RING_SECONDS_EXPECTED) * 1000);
            long now = System.currentTimeMillis();
            return (int) roster.agentsTakingCalls(team).stream()
                    .map(engine::agentStatus)
                    .filter(s -> queue.equals(queueOfAgentCall(s)) && (s.state() == AgentState.WRAP_UP
                            || s.state() == AgentState.ON_CALL && now - s.sinceMillis() >= endingAfterMillis))
                    .count();
        });
    }

    private String queueOfAgentCall(AgentStatus status) {
        ActiveCall call = status.callId() == null ? null : calls.get(status.callId());
        return call == null ? null : call.queue;
    }

    /**
     * Whether callers of the queue need its agents first: someone is waiting for one, or its
     * service level (of callers who called in; campaign calls are left out) is under target.
     * Outbound work waits meanwhile.
     */
    public CompletableFuture<Boolean> inboundAtRisk(String queue) {
        return onLoop(() -> {
            QueueSnapshot snapshot = engine.snapshot(queue);
            double sl = snapshot.kpis().serviceLevel();
            return snapshot.waiting() > 0 || !Double.isNaN(sl) && sl * 100 < snapshot.slTargetPercent();
        });
    }

    /**
     * The IVR's estimate for a caller of this intent (and language): how long they would wait
     * if they joined the queue now. Empty when the call center does not run or does not answer
     * in time.
     */
    public OptionalDouble expectedWaitSeconds(String intent, String language) {
        if (engine == null) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(onLoop(() -> engine.expectedWaitSeconds(queueFor(intent, language)))
                    .get(1, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalDouble.empty();
        } catch (ExecutionException | TimeoutException e) {
            return OptionalDouble.empty();
        }
    }

    /** The IVR finished the call in self-service: recorded as contained. */
    public void containedInIvr(String uniqueId, String ani, Long customerId, String ivrPath) {
        loop.execute(() -> log.endedInIvr(ivrCallId(uniqueId), ani, customerId, null, ivrPath,
                Interaction.Outcome.CONTAINED_IN_IVR));
    }

    /** The caller booked a callback in the IVR instead of waiting in {@code queue}: recorded as such. */
    public void callbackInIvr(String uniqueId, String ani, Long customerId, String queue) {
        loop.execute(() -> log.endedInIvr(ivrCallId(uniqueId), ani, customerId, queue, null,
                Interaction.Outcome.CALLBACK_REQUESTED));
    }

    /** The call id of the channel the IVR served, or {@code ivr:<uniqueid>} for a PBX this center does not watch. */
    private String ivrCallId(String uniqueId) {
        return calls.keySet().stream().filter(id -> id.endsWith(":" + uniqueId)).findFirst().orElse("ivr:" + uniqueId);
    }

    /** The queue a caller of this intent (and language) waits in. */
    public CompletableFuture<String> queueOf(String intent, String language) {
        return onLoop(() -> queueFor(intent, language));
    }

    /** Keeps this agent free for an outbound call if they are available now; whether they were. */
    public CompletableFuture<Boolean> reserveAgentNamed(String agentCode) {
        return onLoop(() -> {
            if (!roster.takesCalls(agentCode) || engine.agentStatus(agentCode).state() != AgentState.AVAILABLE) {
                return false;
            }
            engine.notReady(agentCode, OUTBOUND_REASON);
            return true;
        });
    }

    /**
     * Dials a campaign's number for an agent kept free for it (or for anyone in the queue when
     * {@code reservedAgent} is null). The customer's phone rings {@code ringSeconds}; a person
     * who answers is given to the agent at once, with a screen-pop carrying the campaign.
     */
    public void dial(Outbound outbound, String reservedAgent) {
        Map<String, String> variables = Map.of("SWB_CALLER_ID", outbound.callerId(), "SWB_RING_TIMEOUT",
                String.valueOf(outbound.ringSeconds()));
        bridge.originate("Local/" + outbound.phone() + "@switchboard-outbound", "switchboard-hold", "s",
                outbound.callerId(), variables, (outbound.ringSeconds() + 10) * 1000L)
                .whenComplete((callId, failure) -> loop.execute(() -> {
                    if (failure != null) {
                        LOG.warnf("Could not dial %s for %s: %s", outbound.phone(), outbound.campaign(), failure.getMessage());
                        release(reservedAgent);
                        outbound.listener().finished(OriginateOutcome.FAILED);
                        return;
                    }
                    ActiveCall call = call(callId);
                    call.outbound = outbound;
                    call.reservedAgent = reservedAgent;
                    call.ani = outbound.phone();
                    call.customerId = outbound.customerId();
                    outbound.listener().placed(callId);
                }));
    }

    private void originated(CtiEvent.OriginateResult e) {
        ActiveCall call = calls.get(e.callId());
        if (call == null || call.outbound == null) {
            return;
        }
        call.outbound.listener().finished(e.outcome());
        if (e.outcome() != OriginateOutcome.ANSWERED) {
            release(call.reservedAgent);
            calls.remove(e.callId());
            return;
        }
        Map<String, String> attributes = call.customerId == null ? Map.of()
                : Map.of("customerId", String.valueOf(call.customerId));
        CallRequest request = profiles.request(call.callId, call.outbound.queue(), call.ani, attributes);
        call.queue = call.outbound.queue();
        call.offeredAt = Instant.now();
        log.dialedOut(call.callId, call.ani, call.queue, call.customerId, call.outbound.campaign());
        String agent = call.reservedAgent;
        if (agent == null && call.outbound.team() != null) {
            // Only the team works this campaign: one of them now, or nobody (abandoned at 2 s).
            agent = reserveNow(call.queue, call.outbound.team()).orElse(null);
        }
        if (agent != null || call.outbound.team() == null) {
            engine.outboundAnswered(request, agent, OUTBOUND_CONNECT_SECONDS);
            release(agent);
        }
        loop.schedule(() -> abandonIfNobodyTook(call), OUTBOUND_CONNECT_SECONDS, TimeUnit.SECONDS);
    }

    /** The 2-second rule: an answered customer nobody took hears who called, and the call ends. */
    private void abandonIfNobodyTook(ActiveCall call) {
        if (calls.get(call.callId) != call || call.agent != null) {
            return;
        }
        engine.callEnded(call.callId);
        call.queue = null;
        call.outbound.listener().abandoned();
        bridge.sendTo(call.callId, "switchboard-outbound-abandon", "s").thenAccept(result -> {
            if (!result.success()) {
                LOG.warnf("Could not play the abandon message on %s: %s", call.callId, result.message());
            }
        });
    }

    /** Lets an agent kept free for an outbound call take calls again (no number to dial after all). */
    public void releaseAgent(String agentCode) {
        loop.execute(() -> release(agentCode));
    }

    private void release(String reservedAgent) {
        if (reservedAgent != null && engine.agentStatus(reservedAgent).state() == AgentState.NOT_READY
                && OUTBOUND_REASON.equals(engine.agentStatus(reservedAgent).reason())) {
            engine.ready(reservedAgent);
        }
    }

    /** The call, known from its arrival, or met first now (adopted by a resync). */
    private ActiveCall call(String callId) {
        return calls.computeIfAbsent(callId, ActiveCall::new);
    }

    private void handedToAcd(CtiEvent.CallHandedToAcd e) {
        ActiveCall call = call(e.callId());
        String asked = e.attributes().get("queue");
        String queue = asked != null && roster.hasQueue(asked) ? asked
                : queueFor(e.attributes().getOrDefault("intent", ""), e.attributes().get("language"));
        CallRequest request = profiles.request(e.callId(), queue, call.ani, e.attributes());
        call.customerId = CallerProfiles.customerId(request);
        call.ivr = e.attributes();
        call.queue = queue;
        if (call.offeredAt == null) {
            call.offeredAt = Instant.now();
        }
        log.offered(e.callId(), call.ani, queue, call.customerId, e.attributes());
        String agent = e.attributes().get("targetAgent");
        if (agent != null && roster.takesCalls(agent)) {
            engine.callQueuedFor(request, agent, TRANSFER_WAIT_SECONDS);
        } else {
            engine.callQueued(request);
        }
    }

    private void offHold(ActiveCall call) {
        if (call.heldSince != null) {
            log.held(call.callId, Duration.between(call.heldSince, Instant.now()));
            call.heldSince = null;
        }
    }

    /** The agent's part ends; the caller is back in the dialplan on the way to the ACD. */
    private void transferred(ActiveCall call) {
        callState(call.callId, "transferred");
        offHold(call);
        engine.callEnded(call.callId);
        log.transferred(call.callId);
        call.answered = false;
        call.agent = null;
        call.queue = null;
    }

    /** The desktop hears that the call ended before it hears about wrap-up. */
    private void ended(String callId) {
        ActiveCall call = call(callId);
        offHold(call);
        callState(callId, call.answered ? "ended" : "abandoned");
        engine.callEnded(callId);
        log.ended(callId, call.answered, QueueConfigs.SHORT_ABANDON_SECONDS);
        calls.remove(callId);
    }

    private void callState(String callId, String state) {
        ActiveCall call = calls.get(callId);
        if (call != null && call.agent != null) {
            desks.push(call.agent, "call-state", Map.of("callId", callId, "state", state));
        }
    }

    // ---- agents' commands (any thread) -------------------------------------------------------

    /**
     * An agent's state change from their desktop: {@code ready}, {@code not-ready} (with a
     * reason) or {@code logout}. Completes with the problem in words, or empty.
     */
    public CompletableFuture<Optional<String>> setState(String agentCode, String state, String reason) {
        return onLoop(() -> {
            if (!roster.takesCalls(agentCode)) {
                return Optional.of("Agent " + agentCode + " is not set up for calls");
            }
            if (engine.agentStatus(agentCode).state() == AgentState.LOGGED_OUT && !"logout".equals(state)) {
                engine.login(agentCode, roster.agent(agentCode).skills());
            }
            switch (state) {
                case "ready" -> engine.ready(agentCode);
                case "not-ready" -> engine.notReady(agentCode, reason == null || reason.isBlank() ? "break" : reason);
                case "logout" -> engine.logout(agentCode);
                default -> {
                    return Optional.of("state must be ready, not-ready or logout, not '" + state + "'");
                }
            }
            return Optional.empty();
        });
    }

    /** Every queue now, with its KPIs over the window. */
    public CompletableFuture<List<QueueSnapshot>> queueSnapshots() {
        return onLoop(() -> roster.queueNames().stream().map(engine::snapshot).toList());
    }

    /** KPIs per customer tier over the window. */
    public CompletableFuture<Map<CustomerTier, Kpis>> tierKpis() {
        return onLoop(() -> {
            Map<CustomerTier, Kpis> kpis = new EnumMap<>(CustomerTier.class);
            for (CustomerTier tier : CustomerTier.values()) {
                kpis.put(tier, engine.tierKpis(tier));
            }
            return kpis;
        });
    }

    /** Every agent set up for calls, with their state now. */
    public CompletableFuture<List<AgentStatus>> agentBoard() {
        return onLoop(() -> roster.agentsTakingCalls(null).stream().map(engine::agentStatus).toList());
    }

    /** The agent ends their own call. Completes with the problem in words, or empty. */
    public CompletableFuture<Optional<String>> hangup(String agentCode, String callId) {
        return onLoop(() -> isConnectedTo(callId, agentCode))
                .thenCompose(theirs -> theirs ? bridge.hangup(callId).thenApply(CallCenter::problemOf)
                        : CompletableFuture.completedFuture(Optional.of("No call " + callId + " of yours to hang up")));
    }

    /**
     * The agent puts the caller of their connected call on hold ({@code on}) or takes them off
     * it. Completes with the problem in words, or empty.
     */
    public CompletableFuture<Optional<String>> hold(String agentCode, String callId, boolean on) {
        return onLoop(() -> isConnectedTo(callId, agentCode) ? holdProblem(calls.get(callId), on) : Optional.of(
                "No connected call " + callId + " of yours to " + (on ? "hold" : "take off hold")))
                .thenCompose(problem -> problem.isPresent() ? CompletableFuture.completedFuture(problem)
                        : (on ? bridge.hold(callId) : bridge.unhold(callId)).thenApply(CallCenter::problemOf));
    }

    private static Optional<String> holdProblem(ActiveCall call, boolean on) {
        if (on && call.heldSince != null) {
            return Optional.of("The caller is already on hold");
        }
        return !on && call.heldSince == null ? Optional.of("The caller is not on hold") : Optional.empty();
    }

    private boolean isConnectedTo(String callId, String agentCode) {
        ActiveCall call = calls.get(callId);
        return call != null && call.connectedTo(agentCode);
    }

    /**
     * The agent passes their connected call on: to wait in {@code queue}, or for the agent
     * {@code toAgent} by name (exactly one of the two). Completes with the problem in words, or empty.
     */
    public CompletableFuture<Optional<Problem>> transfer(String agentCode, String callId, String queue,
            String toAgent) {
        return onLoop(() -> transferProblem(agentCode, callId, queue, toAgent))
                .thenCompose(problem -> problem.isPresent() ? CompletableFuture.completedFuture(problem)
                        : bridge.transfer(callId, queue == null ? "" : queue, toAgent == null ? "" : toAgent)
                                .thenApply(result -> problemOf(result).map(p -> Problem.of(Status.CONFLICT, p))));
    }

    private Optional<Problem> transferProblem(String agentCode, String callId, String queue, String toAgent) {
        if (!isConnectedTo(callId, agentCode)) {
            return Optional.of(Problem.of(Status.CONFLICT, "No connected call " + callId + " of yours to transfer"));
        }
        if ((queue == null) == (toAgent == null)) {
            return invalid("queue", "transfer to a queue or to an agent, one of the two");
        }
        if (queue != null && !roster.hasQueue(queue)) {
            return invalid("queue", "no queue '" + queue + "'; queues are " + roster.queueNames());
        }
        if (toAgent != null && !roster.takesCalls(toAgent)) {
            return invalid("agent", "no agent '" + toAgent + "' takes calls");
        }
        return agentCode.equals(toAgent) ? invalid("agent", "the call is already yours") : Optional.empty();
    }

    private static Optional<Problem> invalid(String field, String message) {
        return Optional.of(Problem.invalid(field + ": " + message, List.of(new Problem.FieldError(field, message))));
    }

    /**
     * Rings a supervisor's device and joins them to a connected call: to listen, whisper to the
     * agent or barge in. Completes with the problem in words, or empty.
     */
    public CompletableFuture<Optional<String>> spy(String callId, String supervisorDevice, SpyMode mode) {
        return onLoop(() -> calls.containsKey(callId) && calls.get(callId).answered)
                .thenCompose(connected -> connected
                        ? bridge.spy(callId, supervisorDevice, mode).thenApply(CallCenter::problemOf)
                        : CompletableFuture.completedFuture(Optional.of("Call " + callId + " is not connected to an agent")));
    }

    private static Optional<String> problemOf(CommandResult result) {
        return result.success() ? Optional.empty() : Optional.of(result.message());
    }

    /** Every call in a queue, ringing an agent, connected or held, longest in the ACD first. */
    public CompletableFuture<List<LiveCall>> liveCalls() {
        return onLoop(() -> calls.values().stream().filter(call -> call.queue != null).map(ActiveCall::live)
                .sorted(Comparator.comparing(LiveCall::offeredAt)).toList());
    }

    /**
     * A person opened a desktop of the agent. In the simulated call center they take over from the
     * simulated agent: not ready until they say so, and their phone rings until they answer on
     * the desktop.
     */
    public void personArrived(String agentCode) {
        loop.execute(() -> {
            if (!config.simulated() || !roster.takesCalls(agentCode) || !takenOver.add(agentCode)) {
                return;
            }
            simulated.personAt(roster.agent(agentCode).device());
            if (engine.agentStatus(agentCode).state() != AgentState.LOGGED_OUT) {
                engine.notReady(agentCode, "login");
            }
        });
    }

    /**
     * The person closed the agent's last desktop: in the simulated call center, the simulated
     * agent takes over again, unless a desktop is back within a grace period (a page reload).
     */
    public void personLeft(String agentCode) {
        loop.schedule(() -> {
            if (desks.hasDesktop(agentCode) || !takenOver.remove(agentCode)) {
                return;
            }
            simulated.robotAt(roster.agent(agentCode).device());
            if (config.agentsReadyAtStart() && roster.takesCalls(agentCode)) {
                if (engine.agentStatus(agentCode).state() == AgentState.LOGGED_OUT) {
                    engine.login(agentCode, roster.agent(agentCode).skills());
                }
                engine.ready(agentCode);
            }
        }, TAKE_BACK_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Picks up the agent's ringing phone from the desktop: only the simulated call center's
     * phones can be; a real agent picks up their phone. Completes with the problem in words, or empty.
     */
    public CompletableFuture<Optional<String>> answer(String agentCode, String callId) {
        return onLoop(() -> {
            ActiveCall call = calls.get(callId);
            if (call == null || !agentCode.equals(call.agent) || call.answered) {
                return Optional.of("No call " + callId + " ringing for you");
            }
            if (!config.simulated()) {
                return Optional.of("Pick up your phone to answer");
            }
            return simulated.pbx().answerDevice(roster.agent(agentCode).device()) ? Optional.<String>empty()
                    : Optional.of("Your phone is not ringing yet; try again in a moment");
        });
    }

    /** Pushes the agent's current state to their desktops: what a desktop shows when it connects. */
    public void announceState(String agentCode) {
        loop.execute(() -> {
            if (roster.takesCalls(agentCode)) {
                pushState(engine.agentStatus(agentCode));
            }
        });
    }

    /** The agent's disposition for a call: recorded, any callback scheduled, and their wrap-up ends. */
    public CompletableFuture<Optional<Problem>> disposition(String agentCode, String callId, Disposition disposition) {
        return onLoop(() -> {
            Optional<Problem> problem = log.disposition(callId, agentCode, disposition);
            if (problem.isEmpty()) {
                engine.wrapUpDone(agentCode);
            }
            return problem;
        });
    }

    private <T> CompletableFuture<T> onLoop(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, loop);
    }

    /** {@code <intent>-<language>} when such a queue exists, else {@code <intent>}, else {@code general}. */
    private String queueFor(String intent, String language) {
        String specific = intent + "-" + language;
        if (roster.hasQueue(specific)) {
            return specific;
        }
        return roster.hasQueue(intent) ? intent : "general";
    }

    // ---- engine decisions, on the loop -------------------------------------------------------

    @Override
    public void assigned(Assignment assignment) {
        String callId = assignment.callId();
        ActiveCall call = call(callId);
        log.assigned(callId, roster.agent(assignment.agentId()).id(), assignment.explanation());
        call.agent = assignment.agentId();
        try {
            Map<String, Object> pop = pops.forAssignment(assignment, call.ani, call.customerId, call.ivr,
                    call.offeredAt, Instant.now());
            pop.put("answerOnDesktop", config.simulated());
            if (call.outbound != null) {
                pop.put("campaign", Map.of("name", call.outbound.campaign(), "script", call.outbound.script(),
                        "offer", call.outbound.offer()));
            }
            desks.push(assignment.agentId(), "screen-pop", pop);
        } catch (RuntimeException e) {
            LOG.errorf(e, "No screen-pop for %s; the call rings all the same", callId);
        }
        bridge.redirectToAgent(assignment.callId(), roster.agent(assignment.agentId()).device(),
                assignment.ringTimeoutSeconds() - QueueConfigs.RING_MARGIN_SECONDS).thenAccept(result -> {
                    if (!result.success()) {
                        LOG.warnf("Could not ring %s for %s: %s", assignment.agentId(), assignment.callId(),
                                result.message());
                    }
                });
    }

    @Override
    public void ronaRequeued(String callId, String agentId) {
        log.rona(callId);
    }

    @Override
    public void overflowed(String callId, String fromQueue, String toQueue) {
        call(callId).queue = toQueue;
    }

    @Override
    public void agentStateChanged(AgentStatus status) {
        pushState(status);
        try {
            stateLog.changed(roster.agent(status.agentId()).id(), status);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not record %s entering %s", status.agentId(), status.state());
        }
        if (status.state() == AgentState.WRAP_UP && config.simulated() && !takenOver.contains(status.agentId())) {
            simulatedWrapUp(status.agentId(), status.callId());
        }
    }

    /** A simulated agent writes up the call after a few seconds, as a person would. */
    private void simulatedWrapUp(String agentCode, String callId) {
        loop.schedule(() -> {
            AgentStatus now = engine.agentStatus(agentCode);
            if (now.state() != AgentState.WRAP_UP || !callId.equals(now.callId()) || takenOver.contains(agentCode)) {
                return;
            }
            Optional<Problem> problem = log.simulatedDisposition(callId, agentCode, random);
            if (problem.isEmpty()) {
                engine.wrapUpDone(agentCode);
            } else {
                LOG.warnf("Simulated agent %s could not disposition %s: %s", agentCode, callId, problem.get().detail());
            }
        }, SIMULATED_WRAP_UP_SECONDS, TimeUnit.SECONDS);
    }

    private void pushState(AgentStatus status) {
        Map<String, Object> state = new HashMap<>();
        state.put("state", status.state().name());
        state.put("reason", status.reason());
        state.put("since", Instant.ofEpochMilli(status.sinceMillis()).toString());
        state.put("callId", status.callId());
        ActiveCall call = status.state() == AgentState.WRAP_UP ? calls.get(status.callId()) : null;
        QueueConfig queue = call == null || call.queue == null ? null : roster.queue(call.queue);
        if (queue != null) {
            state.put("wrapUpEndsAt", Instant.ofEpochMilli(status.sinceMillis() + queue.wrapUpSeconds() * 1000L).toString());
        }
        desks.push(status.agentId(), "agent-state", state);
    }

    // ---- configuration -----------------------------------------------------------------------

    private List<PbxConfig> configuredPbxs() {
        List<PbxConfig> pbxs = new ArrayList<>();
        config.pbx().forEach((id, pbx) -> pbxs.add(new PbxConfig(id, pbx.host(), pbx.port(), pbx.username(),
                pbx.secret(), pbx.pingInterval())));
        if (pbxs.isEmpty()) {
            LOG.warn("No PBX configured (swb.callcenter.pbx.<id>.host ...): no live calls");
        }
        return pbxs;
    }
}
