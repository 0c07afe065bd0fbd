package switchboard.desktop.callcenter;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import switchboard.cti.CtiEvent;
import switchboard.desktop.calllog.InteractionFact;
import switchboard.desktop.customer.CallerProfile;
import switchboard.desktop.customer.CallerProfiles;
import switchboard.desktop.record.Recorder;
import switchboard.routing.AgentState;
import switchboard.routing.AgentStatus;
import switchboard.routing.CallRequest;
import switchboard.routing.CustomerTier;

/**
 * The CTI bridge's events, into the routing engine: calls arriving, handed to the ACD,
 * connected, held, transferred and ending. Runs on the routing loop. A call handed to the ACD
 * is routed once its caller's profile is known: it is asked for on a look-up thread and the
 * answer is posted back to the loop, so the loop never waits for the CRM.
 */
@ApplicationScoped
class CtiIntake {

    private static final Logger LOG = Logger.getLogger(CtiIntake.class);
    /** The not-ready reason of agents whose phones cannot be rung while no PBX is connected. */
    static final String PBX_AWAY = "pbx-unreachable";
    /** How long a call transferred to an agent by name waits for them before anyone may take it. */
    private static final int TRANSFER_WAIT_SECONDS = 60;

    private final CallLoop loop;
    private final CallerProfiles profiles;
    private final Recorder recorder;
    private final DesktopOutbox desks;
    private final OutboundCalls outbound;
    /** The PBXs whose AMI is connected; owned by the loop. */
    private final Set<String> connectedPbxs = new HashSet<>();
    /** Agents paused because no PBX could ring them; owned by the loop. */
    private final Set<String> pausedForPbx = new HashSet<>();

    CtiIntake(CallLoop loop, CallerProfiles profiles, Recorder recorder, DesktopOutbox desks, OutboundCalls outbound) {
        this.loop = loop;
        this.profiles = profiles;
        this.recorder = recorder;
        this.desks = desks;
        this.outbound = outbound;
    }

    /** An event from the bridge, on the loop. */
    void on(CtiEvent event) {
        try {
            if (event instanceof CtiEvent.CallArrived e) {
                loop.call(e.callId()).ani = e.ani();
            } else if (event instanceof CtiEvent.CallHandedToAcd e) {
                handedToAcd(e);
            } else if (event instanceof CtiEvent.OriginateResult e) {
                outbound.originated(e);
            } else if (event instanceof CtiEvent.CallConnected e) {
                connected(loop.call(e.callId()));
            } else if (event instanceof CtiEvent.AgentNoAnswer e) {
                loop.call(e.callId()).agent = null;
                loop.engine().agentNoAnswer(e.callId());
            } else if (event instanceof CtiEvent.CallHeld e) {
                loop.call(e.callId()).heldSince = Instant.now();
                callState(loop.call(e.callId()), "held");
            } else if (event instanceof CtiEvent.CallUnheld e) {
                offHold(loop.call(e.callId()));
                callState(loop.call(e.callId()), "connected");
            } else if (event instanceof CtiEvent.CallTransferred e) {
                transferred(loop.call(e.callId()));
            } else if (event instanceof CtiEvent.CallEnded e) {
                ended(e.callId());
            } else if (event instanceof CtiEvent.CallAbandoned e) {
                ended(e.callId());
            } else if (event instanceof CtiEvent.PbxConnected e) {
                connectedPbxs.add(e.pbxId());
            } else if (event instanceof CtiEvent.PbxDisconnected e) {
                pbxAway(e.pbxId());
            } else if (event instanceof CtiEvent.PbxResynced e) {
                pbxBack();
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not handle %s", event);
        }
    }

    private void handedToAcd(CtiEvent.CallHandedToAcd e) {
        ActiveCall call = loop.call(e.callId());
        Roster roster = loop.roster();
        String asked = e.attributes().get("queue");
        call.queue = asked != null && roster.hasQueue(asked) ? asked
                : roster.queueFor(e.attributes().getOrDefault("intent", ""), e.attributes().get("language"));
        call.ivr = e.attributes();
        call.customerId = identified(e.attributes());
        call.handoffs++;
        call.offerRecorded = false;
        call.handedAt = Instant.now();
        if (call.offeredAt == null) {
            call.offeredAt = call.handedAt;
        }
        int handoff = call.handoffs;
        profiles.lookUp(call.customerId, call.ani)
                .thenAccept(profile -> loop.execute(() -> route(e.callId(), handoff, profile)));
    }

    /** The caller's profile is known (or known to be unknown): the call joins its queue. */
    private void route(String callId, int handoff, Optional<CallerProfile> profile) {
        ActiveCall call = loop.callOrNull(callId);
        if (call == null || call.handoffs != handoff || call.queue == null) {
            return;
        }
        call.profile = profile.orElse(null);
        if (call.profile != null) {
            call.customerId = call.profile.customerId();
        }
        recordOffer(call);
        CallRequest request = request(call, call.queue);
        String agent = call.ivr.get("targetAgent");
        if (agent != null && loop.roster().takesCalls(agent)) {
            loop.engine().callQueuedFor(request, agent, TRANSFER_WAIT_SECONDS);
        } else {
            loop.engine().callQueued(request);
        }
    }

    /** The engine's view of the call: who the caller is and what they are worth. */
    static CallRequest request(ActiveCall call, String queue) {
        String language = call.ivr.get("language");
        boolean verified = "1".equals(call.ivr.get("verified"));
        CallerProfile p = call.profile;
        if (p == null) {
            return new CallRequest(call.callId, queue, null, CustomerTier.UNKNOWN, 0, 0, null, language, verified);
        }
        return new CallRequest(call.callId, queue, String.valueOf(p.customerId()),
                p.tier() == null ? CustomerTier.UNKNOWN : CustomerTier.valueOf(p.tier().name()), p.valueScore(),
                p.churnRisk(), p.lastAgent(), language != null ? language : p.language(), verified);
    }

    /** The interaction of this hand-off begins, at the time of the hand-off, once. */
    private void recordOffer(ActiveCall call) {
        if (!call.offerRecorded) {
            call.offerRecorded = true;
            recorder.emit(new InteractionFact.Offered(call.callId, call.ani, call.queue, call.customerId,
                    call.ivr.get("ivrPath"), call.handedAt));
        }
    }

    private void connected(ActiveCall call) {
        call.answered = true;
        if (call.outbound != null) {
            call.outbound.listener().agentConnected();
        }
        loop.engine().callAnswered(call.callId);
        recorder.emit(new InteractionFact.Answered(call.callId, Instant.now()));
        callState(call, "connected");
    }

    private void offHold(ActiveCall call) {
        if (call.heldSince != null) {
            recorder.emit(new InteractionFact.Held(call.callId,
                    Duration.between(call.heldSince, Instant.now()).toSeconds()));
            call.heldSince = null;
        }
    }

    /** The agent's part ends; the caller is back in the dialplan on the way to the ACD. */
    private void transferred(ActiveCall call) {
        callState(call, "transferred");
        offHold(call);
        loop.engine().callEnded(call.callId);
        if (call.offerRecorded) {
            recorder.emit(new InteractionFact.Transferred(call.callId, Instant.now()));
        }
        legEnded(call);
        call.answered = false;
        call.agent = null;
        call.queue = null;
    }

    /** The desktop hears that the call ended before it hears about wrap-up. */
    private void ended(String callId) {
        ActiveCall call = loop.call(callId);
        offHold(call);
        callState(call, call.answered ? "ended" : "abandoned");
        if (call.queue != null && call.outbound == null) {
            recordOffer(call);
        }
        loop.engine().callEnded(callId);
        if (call.offerRecorded) {
            recorder.emit(new InteractionFact.Ended(callId, call.answered, QueueConfigs.SHORT_ABANDON_SECONDS,
                    Instant.now()));
        }
        legEnded(call);
        loop.forget(callId);
    }

    /**
     * The connection to a PBX is lost. Once none is left, agents' phones cannot be rung: the
     * available agents are paused (not ready, {@code pbx-unreachable}) so no call is given to
     * them in vain, and made ready again when a PBX is back and resynced.
     */
    private void pbxAway(String pbxId) {
        connectedPbxs.remove(pbxId);
        if (!connectedPbxs.isEmpty()) {
            return;
        }
        for (String agent : loop.roster().agentsTakingCalls(null)) {
            if (loop.engine().agentStatus(agent).state() == AgentState.AVAILABLE) {
                loop.engine().notReady(agent, PBX_AWAY);
                pausedForPbx.add(agent);
            }
        }
        LOG.warnf("No PBX connected: %d available agents paused until one is back", pausedForPbx.size());
    }

    private void pbxBack() {
        for (String agent : pausedForPbx) {
            AgentStatus status = loop.engine().agentStatus(agent);
            if (status.state() == AgentState.NOT_READY && PBX_AWAY.equals(status.reason())) {
                loop.engine().ready(agent);
            }
        }
        pausedForPbx.clear();
    }

    /** An agent who talked to the caller writes their part up next. */
    private void legEnded(ActiveCall call) {
        if (call.answered && call.agent != null) {
            loop.openLegs().ended(call.agent, call.callId, call.queue);
        }
    }

    private void callState(ActiveCall call, String state) {
        if (call.agent != null) {
            desks.send(call.agent, new DesktopMessage.CallState(call.callId, state));
        }
    }

    private static Long identified(Map<String, String> ivr) {
        String id = ivr.get("customerId");
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }
}
