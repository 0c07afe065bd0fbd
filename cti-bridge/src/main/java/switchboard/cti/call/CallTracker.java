package switchboard.cti.call;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.asteriskjava.manager.event.BlindTransferEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.HangupRequestEvent;
import org.asteriskjava.manager.event.HoldEvent;
import org.asteriskjava.manager.event.MusicOnHoldStartEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.UnholdEvent;

import switchboard.cti.CallId;
import switchboard.cti.CtiEvent;
import switchboard.cti.HangupSide;
import switchboard.cti.OriginateOutcome;
import switchboard.cti.event.SwitchboardAmdEvent;
import switchboard.cti.event.SwitchboardRouteRequestEvent;

/**
 * Turns Asterisk-Java events into the call model and {@link CtiEvent}s. Single-threaded: only the
 * connection's intake thread calls it. Events about channels it does not know are ignored, and
 * events that repeat (Asterisk sends some DialEnds twice) change nothing the second time.
 */
public final class CallTracker {

    private static final String INBOUND_CONTEXT = "switchboard-inbound";
    private static final String QUEUE_CONTEXT = "switchboard-queue";
    private static final String OUTBOUND_CONTEXT = "switchboard-outbound";
    private static final String SWITCHBOARD_CONTEXTS = "switchboard-";

    private final String pbxId;
    private final Consumer<CtiEvent> out;
    private final Map<String, TrackedCall> calls = new HashMap<>();
    /** Uniqueid of every leg we track → its call. */
    private final Map<String, TrackedCall> legs = new HashMap<>();
    /**
     * The caller number of every live channel, from its Newchannel: Newexten carries none in
     * Asterisk-Java, so a caller who enters by Goto or a Local channel is known by it.
     */
    private final Map<String, String> callerNumbers = new HashMap<>();
    /** Linkedids of outbound calls where AMD found a machine, until their originate result. */
    private final Set<String> machines = new HashSet<>();

    public CallTracker(String pbxId, Consumer<CtiEvent> out) {
        this.pbxId = pbxId;
        this.out = out;
    }

    /** Applies one AMI event. */
    public void on(ManagerEvent event) {
        if (event instanceof NewChannelEvent e) {
            newChannel(e);
        } else if (event instanceof NewExtenEvent e) {
            newExten(e);
        } else if (event instanceof SwitchboardRouteRequestEvent e) {
            routeRequest(e);
        } else if (event instanceof DialBeginEvent e) {
            dialBegin(e);
        } else if (event instanceof DialEndEvent e) {
            dialEnd(e);
        } else if (event instanceof HangupRequestEvent e) {
            hangupRequest(e);
        } else if (event instanceof HangupEvent e) {
            hangup(e);
        } else if (event instanceof OriginateResponseEvent e) {
            originateResponse(e);
        } else if (event instanceof BlindTransferEvent e) {
            transferred(e);
        } else if (event instanceof MusicOnHoldStartEvent e) {
            parked(e.getUniqueId(), true);
        } else if (event instanceof BridgeEnterEvent e) {
            parked(e.getUniqueId(), false);
        } else if (event instanceof HoldEvent e) {
            hold(e.getUniqueId(), true);
        } else if (event instanceof UnholdEvent e) {
            hold(e.getUniqueId(), false);
        } else if (event instanceof SwitchboardAmdEvent e && e.isMachine()) {
            machines.add(e.getLinkedid());
        }
    }

    /** The call id for a Linkedid on this PBX. */
    public String callId(String linkedid) {
        return new CallId(pbxId, linkedid).toString();
    }

    /** The caller channel's Uniqueid of a call, for commands; null if unknown. */
    public String callerChannel(String callId) {
        TrackedCall call = calls.get(callId);
        return call == null ? null : call.callerUniqueid;
    }

    /** The agent leg's Uniqueid of a connected call, for monitoring; null if none. */
    public String agentChannel(String callId) {
        TrackedCall call = calls.get(callId);
        return call == null || call.stage != TrackedCall.Stage.CONNECTED ? null : call.agentUniqueid;
    }

    public int activeCalls() {
        return calls.size();
    }

    /**
     * Reconciles the model with the channels the PBX has now: known calls whose caller channel is
     * gone end (flagged), callers in Switchboard's dialplan we did not know are adopted.
     *
     * @return the adopted callers waiting in the queue context (their channels' Uniqueids): they
     *         are to be handed to the ACD again, as when Switchboard starts while callers wait
     */
    public List<String> resync(List<CoreShowChannelEvent> live) {
        List<String> waiting = new ArrayList<>();
        Set<String> alive = new HashSet<>();
        live.forEach(c -> alive.add(c.getUniqueid()));
        int closed = 0;
        for (TrackedCall call : List.copyOf(calls.values())) {
            if (!alive.contains(call.callerUniqueid)) {
                forget(call);
                out.accept(call.stage == TrackedCall.Stage.CONNECTED
                        ? new CtiEvent.CallEnded(pbxId, call.callId, -1, HangupSide.UNKNOWN, true)
                        : new CtiEvent.CallAbandoned(pbxId, call.callId, true));
                closed++;
            }
        }
        int adopted = 0;
        for (CoreShowChannelEvent channel : live) {
            String context = channel.getContext();
            // A caller handed in through a Local channel runs Switchboard's dialplan on its ;2.
            boolean caller = channel.getUniqueid().equals(channel.getLinkedid())
                    || isLocal(channel.getChannel()) && channel.getChannel().endsWith(";2")
                            && (INBOUND_CONTEXT.equals(context) || QUEUE_CONTEXT.equals(context));
            boolean ours = context != null && context.startsWith(SWITCHBOARD_CONTEXTS);
            if (caller && ours && !legs.containsKey(channel.getUniqueid())
                    && !calls.containsKey(callId(channel.getLinkedid()))) {
                TrackedCall call = track(channel.getUniqueid(), channel.getLinkedid());
                out.accept(new CtiEvent.CallArrived(pbxId, call.callId, channel.getChannel(),
                        channel.getCallerIdNum(), channel.getExten(), true));
                adopted++;
                if (QUEUE_CONTEXT.equals(context)) {
                    waiting.add(channel.getUniqueid());
                }
            }
        }
        out.accept(new CtiEvent.PbxResynced(pbxId, adopted, closed));
        return waiting;
    }

    /**
     * A caller whose channel is created in the inbound context starts a call at once (a trunk
     * whose endpoint context it is). An outbound originate's Local pair starts one too, silently
     * (its OriginateResult reports it): {@code ;1} is the channel Switchboard controls, {@code ;2}
     * joins the caller's side. A Local channel into the inbound context starts its call when its
     * {@code ;2}, the half that runs the dialplan, first runs there ({@link #newExten}).
     */
    private void newChannel(NewChannelEvent e) {
        if (e.getUniqueId() != null && e.getCallerIdNum() != null && !e.getCallerIdNum().isBlank()) {
            callerNumbers.put(e.getUniqueId(), e.getCallerIdNum());
        }
        boolean first = e.getUniqueId().equals(e.getLinkedid());
        if (INBOUND_CONTEXT.equals(e.getContext()) && first && !isLocal(e.getChannel())) {
            arrived(e.getUniqueId(), e.getLinkedid(), e.getChannel(), e.getCallerIdNum(), e.getExten());
        } else if (OUTBOUND_CONTEXT.equals(e.getContext()) && e.getChannel().startsWith("Local/")) {
            if (first && e.getChannel().endsWith(";1")) {
                track(e.getUniqueId()).outbound = true;
            } else if (e.getChannel().endsWith(";2")) {
                joinCallerSide(legs.get(e.getLinkedid()), e.getUniqueId());
            }
        }
    }

    /**
     * The first moment any channel not yet known runs Switchboard's inbound or queue context is
     * a caller arriving: a channel sent there by {@code Goto} from the administrator's own
     * context, or the {@code ;2} half of a Local channel dialled into it (its call is that of
     * its Linkedid: the trunk channel's, or the {@code ;1}'s for an Originate). A channel that
     * belongs to a call already known (a transferred caller, the halves of an outbound call)
     * starts nothing.
     */
    private void newExten(NewExtenEvent e) {
        String context = e.getContext();
        if (!INBOUND_CONTEXT.equals(context) && !QUEUE_CONTEXT.equals(context) || e.getUniqueId() == null
                || legs.containsKey(e.getUniqueId()) || isDialled(e)) {
            return;
        }
        String linkedid = e.getLinkedId() == null ? e.getUniqueId() : e.getLinkedId();
        if (calls.containsKey(callId(linkedid))) {
            return;
        }
        String ani = callerNumbers.getOrDefault(e.getUniqueId(), callerNumbers.get(linkedid));
        arrived(e.getUniqueId(), linkedid, e.getChannel(), ani, e.getExtension());
    }

    private void arrived(String callerUniqueid, String linkedid, String channel, String ani, String dnis) {
        TrackedCall call = track(callerUniqueid, linkedid);
        out.accept(new CtiEvent.CallArrived(pbxId, call.callId, channel, ani, dnis, false));
    }

    /**
     * A dialled channel's Newexten ({@code AppDial}, "Outgoing Line"): Asterisk reports one for
     * a Local channel's {@code ;1} in the context it names, though the dialplan runs on {@code ;2}.
     */
    private static boolean isDialled(NewExtenEvent e) {
        return "AppDial".equals(e.getApplication()) || isLocal(e.getChannel()) && e.getChannel().endsWith(";1");
    }

    private static boolean isLocal(String channel) {
        return channel != null && channel.startsWith("Local/");
    }

    private void joinCallerSide(TrackedCall call, String uniqueid) {
        if (call != null) {
            call.callerSide.add(uniqueid);
            legs.put(uniqueid, call);
        }
    }

    private void routeRequest(SwitchboardRouteRequestEvent e) {
        TrackedCall call = legs.get(e.getUniqueId());
        if (call != null && call.callerUniqueid.equals(e.getUniqueId())) {
            call.stage = TrackedCall.Stage.WAITING;
            out.accept(new CtiEvent.CallHandedToAcd(pbxId, call.callId, e.attributes()));
        }
    }

    private void dialBegin(DialBeginEvent e) {
        TrackedCall call = legs.get(e.getUniqueId());
        if (call == null) {
            return;
        }
        if (!call.callerUniqueid.equals(e.getUniqueId())) {
            // An outbound call's ;2 dialling the customer: that leg is the caller's side too.
            joinCallerSide(call, e.getDestUniqueId());
            return;
        }
        call.stage = TrackedCall.Stage.RINGING;
        call.agentUniqueid = e.getDestUniqueId();
        call.agentInterface = deviceInterface(e.getDestChannel());
        legs.put(e.getDestUniqueId(), call);
        out.accept(new CtiEvent.AgentRinging(pbxId, call.callId, call.agentInterface));
    }

    private void dialEnd(DialEndEvent e) {
        TrackedCall call = legs.get(e.getUniqueId());
        if (call == null || call.stage != TrackedCall.Stage.RINGING || !call.callerUniqueid.equals(e.getUniqueId())) {
            return;
        }
        if ("ANSWER".equals(e.getDialStatus())) {
            call.stage = TrackedCall.Stage.CONNECTED;
            out.accept(new CtiEvent.CallConnected(pbxId, call.callId, call.agentInterface));
        } else {
            call.stage = TrackedCall.Stage.WAITING;
            legs.remove(call.agentUniqueid);
            out.accept(new CtiEvent.AgentNoAnswer(pbxId, call.callId, call.agentInterface, e.getDialStatus()));
            call.agentUniqueid = null;
        }
    }

    private void hangupRequest(HangupRequestEvent e) {
        TrackedCall call = legs.get(e.getUniqueId());
        if (call != null && call.hangupRequestedBy == null) {
            call.hangupRequestedBy = e.getUniqueId();
        }
    }

    private void hangup(HangupEvent e) {
        callerNumbers.remove(e.getUniqueId());
        TrackedCall call = legs.get(e.getUniqueId());
        if (call == null) {
            return;
        }
        legs.remove(e.getUniqueId());
        if (call.hangupRequestedBy == null) {
            call.hangupRequestedBy = e.getUniqueId();
        }
        if (!call.callerUniqueid.equals(e.getUniqueId())) {
            return;
        }
        forget(call);
        if (call.outbound && !call.answered) {
            return;
        }
        if (call.stage == TrackedCall.Stage.CONNECTED) {
            HangupSide side = call.callerSide.contains(call.hangupRequestedBy) ? HangupSide.CALLER
                    : HangupSide.AGENT;
            out.accept(new CtiEvent.CallEnded(pbxId, call.callId, e.getCause() == null ? -1 : e.getCause(), side,
                    false));
        } else {
            out.accept(new CtiEvent.CallAbandoned(pbxId, call.callId, false));
        }
    }

    private void transferred(BlindTransferEvent e) {
        TrackedCall call = legs.get(e.getTransfereeUniqueId());
        if (call == null || !"Success".equalsIgnoreCase(e.getResult())) {
            return;
        }
        legs.remove(e.getTransfererUniqueId());
        call.agentUniqueid = null;
        call.agentInterface = null;
        call.hangupRequestedBy = null;
        call.stage = TrackedCall.Stage.ARRIVED;
        out.accept(new CtiEvent.CallTransferred(pbxId, call.callId, e.getContext(), e.getExtension()));
    }

    private void hold(String uniqueid, boolean held) {
        TrackedCall call = legs.get(uniqueid);
        if (call == null || call.stage != TrackedCall.Stage.CONNECTED) {
            return;
        }
        HangupSide by = call.callerSide.contains(uniqueid) ? HangupSide.CALLER : HangupSide.AGENT;
        out.accept(held ? new CtiEvent.CallHeld(pbxId, call.callId, by)
                : new CtiEvent.CallUnheld(pbxId, call.callId, by));
    }

    /**
     * The desktop's hold moves the caller of a connected call to music on hold, and its unhold
     * bridges the caller with the agent's leg again.
     */
    private void parked(String uniqueid, boolean held) {
        TrackedCall call = legs.get(uniqueid);
        if (call == null || call.stage != TrackedCall.Stage.CONNECTED || !call.callerUniqueid.equals(uniqueid)
                || call.parked == held) {
            return;
        }
        call.parked = held;
        out.accept(held ? new CtiEvent.CallHeld(pbxId, call.callId, HangupSide.AGENT)
                : new CtiEvent.CallUnheld(pbxId, call.callId, HangupSide.AGENT));
    }

    /** The originate's outcome; an unanswered call on which AMD heard a machine is MACHINE. */
    private void originateResponse(OriginateResponseEvent e) {
        String uniqueid = e.getUniqueId();
        if (uniqueid == null || "<null>".equals(uniqueid)) {
            return;
        }
        OriginateOutcome outcome = OriginateOutcome.ofReason(e.getReason() == null ? 0 : e.getReason());
        boolean machine = machines.remove(uniqueid);
        TrackedCall call = calls.get(callId(uniqueid));
        if (call != null && outcome == OriginateOutcome.ANSWERED) {
            call.answered = true;
        }
        out.accept(new CtiEvent.OriginateResult(pbxId, callId(uniqueid),
                machine && outcome != OriginateOutcome.ANSWERED ? OriginateOutcome.MACHINE : outcome));
    }

    private TrackedCall track(String callerUniqueid) {
        return track(callerUniqueid, callerUniqueid);
    }

    /** A call by the Linkedid that names it, controlled through the caller's channel. */
    private TrackedCall track(String callerUniqueid, String linkedid) {
        TrackedCall call = new TrackedCall(callId(linkedid), callerUniqueid);
        calls.put(call.callId, call);
        legs.put(callerUniqueid, call);
        return call;
    }

    private void forget(TrackedCall call) {
        calls.remove(call.callId);
        call.callerSide.forEach(legs::remove);
        if (call.agentUniqueid != null) {
            legs.remove(call.agentUniqueid);
        }
    }

    /** {@code PJSIP/1001-0000001a} → {@code PJSIP/1001}. */
    static String deviceInterface(String channel) {
        int dash = channel == null ? -1 : channel.lastIndexOf('-');
        return dash < 0 ? channel : channel.substring(0, dash);
    }
}
