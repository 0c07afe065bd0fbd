package switchboard.desktop.callcenter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import switchboard.cti.CtiEvent;
import switchboard.cti.OriginateOutcome;
import switchboard.desktop.calllog.InteractionFact;
import switchboard.desktop.customer.CallerProfiles;
import switchboard.desktop.record.Recorder;
import switchboard.routing.AgentState;
import switchboard.routing.AgentStatus;
import switchboard.routing.QueueSnapshot;

/**
 * Calls Switchboard places for campaigns and callbacks: agents kept free for them, the dial,
 * the customer's answer given to an agent within 2 seconds or the identification message
 * played. The dialer asks from its own thread; the answers come from the loop.
 */
@ApplicationScoped
public class OutboundCalls {

    private static final Logger LOG = Logger.getLogger(OutboundCalls.class);
    /** An answered outbound call must reach an agent within this, or it is abandoned (US and UK rules). */
    private static final int CONNECT_SECONDS = 2;
    /** The not-ready reason of an agent kept free for an outbound call. */
    private static final String RESERVED_REASON = "outbound";
    /** About how long a customer's phone rings before they answer. */
    private static final int RING_SECONDS_EXPECTED = 10;

    private final CallLoop loop;
    private final Recorder recorder;
    private final CallerProfiles profiles;

    OutboundCalls(CallLoop loop, Recorder recorder, CallerProfiles profiles) {
        this.loop = loop;
        this.recorder = recorder;
        this.profiles = profiles;
    }

    /** Whether calls can be placed at all (not when the call center is switched off). */
    public boolean running() {
        return loop.running();
    }

    /** Keeps the longest-idle available agent of the queue (and team) free for a call: their code, or empty. */
    public CompletableFuture<Optional<String>> reserveAgent(String queue, String team) {
        return loop.call(() -> reserveNow(queue, team));
    }

    private Optional<String> reserveNow(String queue, String team) {
        Optional<String> free = freeAgents(queue, team).stream().findFirst();
        free.ifPresent(agent -> loop.engine().notReady(agent, RESERVED_REASON));
        return free;
    }

    /** Keeps this agent free for a call, if they are available now. */
    public CompletableFuture<Boolean> reserveAgentNamed(String agentCode) {
        return loop.call(() -> {
            if (!loop.roster().takesCalls(agentCode)
                    || loop.engine().agentStatus(agentCode).state() != AgentState.AVAILABLE) {
                return false;
            }
            loop.engine().notReady(agentCode, RESERVED_REASON);
            return true;
        });
    }

    private List<String> freeAgents(String queue, String team) {
        Roster roster = loop.roster();
        return loop.engine().availableAgents(queue, Integer.MAX_VALUE).stream()
                .filter(agent -> roster.takesCalls(agent) && roster.agent(agent).inTeam(team)).toList();
    }

    /** How many agents of the queue (and team, unless null) are available now. */
    public CompletableFuture<Integer> availableAgents(String queue, String team) {
        return loop.call(() -> freeAgents(queue, team).size());
    }

    /**
     * How many agents of the queue (and team) will likely be free within a ring time: those in
     * wrap-up, and those whose call has lasted about the queue's handle time already.
     */
    public CompletableFuture<Integer> agentsFreeingSoon(String queue, String team) {
        return loop.call(() -> {
            double aht = loop.engine().snapshot(queue).kpis().ahtSeconds();
            long endingAfterMillis = (long) (((Double.isNaN(aht) ? 300 : aht) - RING_SECONDS_EXPECTED) * 1000);
            long now = System.currentTimeMillis();
            return (int) loop.roster().agentsTakingCalls(team).stream().map(loop.engine()::agentStatus)
                    .filter(s -> queue.equals(queueOfAgentCall(s)) && (s.state() == AgentState.WRAP_UP
                            || s.state() == AgentState.ON_CALL && now - s.sinceMillis() >= endingAfterMillis))
                    .count();
        });
    }

    private String queueOfAgentCall(AgentStatus status) {
        ActiveCall call = status.callId() == null ? null : loop.callOrNull(status.callId());
        return call == null ? null : call.queue;
    }

    /**
     * Whether callers of the queue need its agents first: someone waits for one, or its service
     * level (of callers who called in) is under target. Outbound work waits meanwhile.
     */
    public CompletableFuture<Boolean> inboundAtRisk(String queue) {
        return loop.call(() -> {
            QueueSnapshot snapshot = loop.engine().snapshot(queue);
            double sl = snapshot.kpis().serviceLevel();
            return snapshot.waiting() > 0 || !Double.isNaN(sl) && sl * 100 < snapshot.slTargetPercent();
        });
    }

    /**
     * Dials a number for an agent kept free for it (or for anyone in the queue when
     * {@code reservedAgent} is null). The customer's profile is read while their phone rings;
     * a person who answers is given to the agent at once, with a pop carrying the campaign.
     */
    public void dial(Outbound outbound, String reservedAgent) {
        var profile = profiles.lookUp(outbound.customerId(), outbound.phone());
        Map<String, String> variables = Map.of("SWB_CALLER_ID", outbound.callerId(), "SWB_RING_TIMEOUT",
                String.valueOf(outbound.ringSeconds()));
        loop.pbx().originate("Local/" + outbound.phone() + "@switchboard-outbound", "switchboard-hold", "s",
                outbound.callerId(), variables, (outbound.ringSeconds() + 10) * 1000L)
                .whenComplete((result, failure) -> loop.execute(() -> {
                    if (failure != null || !result.success()) {
                        LOG.warnf("Could not dial %s for %s: %s", outbound.phone(), outbound.campaign(),
                                failure != null ? failure.getMessage() : result.message());
                        release(reservedAgent);
                        outbound.listener().finished(OriginateOutcome.FAILED);
                        return;
                    }
                    String callId = result.callId();
                    ActiveCall call = loop.call(callId);
                    call.outbound = outbound;
                    call.reservedAgent = reservedAgent;
                    call.ani = outbound.phone();
                    call.customerId = outbound.customerId();
                    call.outboundProfile = profile;
                    outbound.listener().placed(callId);
                }));
    }

    /** How the dial went, on the loop: a person who answered goes to an agent. */
    void originated(CtiEvent.OriginateResult e) {
        ActiveCall call = loop.callOrNull(e.callId());
        if (call == null || call.outbound == null) {
            return;
        }
        call.outbound.listener().finished(e.outcome());
        if (e.outcome() != OriginateOutcome.ANSWERED) {
            release(call.reservedAgent);
            loop.forget(e.callId());
            return;
        }
        call.profile = call.outboundProfile == null ? null : call.outboundProfile.getNow(Optional.empty()).orElse(null);
        call.queue = call.outbound.queue();
        call.offeredAt = Instant.now();
        call.offerRecorded = true;
        recorder.emit(new InteractionFact.DialedOut(call.callId, call.ani, call.queue, call.customerId,
                call.outbound.campaign(), call.offeredAt));
        String agent = call.reservedAgent;
        if (agent == null && call.outbound.team() != null) {
            // Only the team works this campaign: one of them now, or nobody (abandoned at 2 s).
            agent = reserveNow(call.queue, call.outbound.team()).orElse(null);
        }
        if (agent != null || call.outbound.team() == null) {
            loop.engine().outboundAnswered(CtiIntake.request(call, call.queue), agent, CONNECT_SECONDS);
            release(agent);
        }
        loop.schedule(() -> abandonIfNobodyTook(call), CONNECT_SECONDS, TimeUnit.SECONDS);
    }

    /** The 2-second rule: an answered customer nobody took hears who called, and the call ends. */
    private void abandonIfNobodyTook(ActiveCall call) {
        if (loop.callOrNull(call.callId) != call || call.agent != null) {
            return;
        }
        loop.engine().callEnded(call.callId);
        call.queue = null;
        call.outbound.listener().abandoned();
        loop.pbx().sendTo(call.callId, "switchboard-outbound-abandon", "s").thenAccept(result -> {
            if (!result.success()) {
                LOG.warnf("Could not play the abandon message on %s: %s", call.callId, result.message());
            }
        });
    }

    /** Lets an agent kept free for a call take calls again (no number to dial after all). */
    public void releaseAgent(String agentCode) {
        loop.execute(() -> release(agentCode));
    }

    private void release(String reservedAgent) {
        if (reservedAgent != null && loop.engine().agentStatus(reservedAgent).state() == AgentState.NOT_READY
                && RESERVED_REASON.equals(loop.engine().agentStatus(reservedAgent).reason())) {
            loop.engine().ready(reservedAgent);
        }
    }
}
