package switchboard.pbxsim.pbx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import switchboard.pbxsim.ami.AmiMessage;

/**
 * Calls in app_queue queues, on the PBX thread: the Queue() application with the ringall
 * strategy, as a recorded Asterisk 22 reports it.
 */
final class QueueCalls {

    private final SimulatedPbx pbx;
    private final AppQueues queues;

    QueueCalls(SimulatedPbx pbx, AppQueues queues) {
        this.pbx = pbx;
        this.queues = queues;
    }

    /**
     * Queue(name,options,,,timeout): app_queue with the ringall strategy. The caller joins; every
     * member not paused and not in use rings on a Local pair; the first to answer is bridged with
     * the caller and the others are cancelled; nobody within the timeout: the caller leaves and
     * the dialplan goes on. Members are rung once (no retry while the caller waits).
     */
    void queue(SimChannel caller, List<Dialplan.Step> steps, String data) {
        String[] args = data.split(",", -1);
        String queue = args[0].strip();
        long timeoutMillis = args.length > 4 && !args[4].isBlank() ? Long.parseLong(args[4].strip()) * 1000 : 300_000;
        int resume = caller.priority;
        int count = queues.join(queue, caller.uniqueid);
        pbx.publish(pbx.channelEvent("QueueCallerJoin", "agent,all", caller).add("Queue", queue).add("Position", count)
                .add("Count", count));
        List<SimChannel> rung = new ArrayList<>();
        for (AppQueues.Ringable member : queues.ringable(queue)) {
            rung.add(ringMember(caller, queue, member));
        }
        QueueAttempt attempt = new QueueAttempt(caller, queue, rung);
        caller.queueAttempt = attempt;
        for (SimChannel one : rung) {
            one.exten = caller.exten;
            SimChannel two = one.localPeer;
            two.onAnswer = () -> memberAnswered(attempt, one);
            pbx.later(() -> pbx.run(two, pbx.steps(two.context, two.exten).orElse(List.of()), 0), 0);
        }
        pbx.later(() -> {
            if (caller.queueAttempt == attempt && !caller.hungUp) {
                rung.forEach(one -> cancelMember(attempt, one));
                leaveQueue(attempt);
                pbx.run(caller, steps, resume);
            }
        }, timeoutMillis);
    }

    /** A queue caller's ringing members. */
    record QueueAttempt(SimChannel caller, String queue, List<SimChannel> rung) {
    }

    /** Rings one member on a Local pair: AppQueue on {@code ;1}, AgentCalled and DialBegin on the caller. */
    private SimChannel ringMember(SimChannel caller, String queue, AppQueues.Ringable member) {
        LocalTarget local = LocalTarget.of(member.iface());
        String exten = local.exten();
        String context = local.context();
        String dest = local.dialString();
        SimChannel one = pbx.localPair(context, exten, null, null, caller.linkedid);
        SimChannel two = one.localPeer;
        one.memberName = member.name();
        one.memberInterface = member.iface();
        one.application = "AppQueue";
        one.applicationData = "(Outgoing Line)";
        one.callerIdNum = caller.connectedLineNum;
        one.callerIdName = caller.connectedLineName;
        pbx.newexten(one, exten, "AppQueue", "(Outgoing Line)");
        pbx.publish(pbx.newCallerId(one));
        two.callerIdNum = caller.callerIdNum;
        two.callerIdName = caller.callerIdName;
        two.connectedLineNum = caller.connectedLineNum;
        two.connectedLineName = caller.connectedLineName;
        pbx.publish(pbx.newCallerId(two));
        pbx.publish(pbx.channelEvent("NewConnectedLine", "call,all", two));
        pbx.publish(pbx.localBridge(one, two, context, exten));
        pbx.publish(memberCallEvent("AgentCalled", caller, one, queue));
        pbx.publish(pbx.dialBegin(caller, one, dest));
        return one;
    }

    /**
     * A member answered. app_queue looks at its ringing members in its own order (the reverse of
     * the order it rang them); of those that have answered by then, the first it looks at gets
     * the caller, and the others are cancelled.
     */
    private void memberAnswered(QueueAttempt attempt, SimChannel answered) {
        SimChannel caller = attempt.caller();
        if (caller.queueAttempt != attempt || caller.hungUp) {
            return;
        }
        List<SimChannel> lookOrder = new ArrayList<>(attempt.rung());
        Collections.reverse(lookOrder);
        SimChannel one = lookOrder.stream().filter(c -> !c.hungUp && c.localPeer.state == ChannelState.UP)
                .findFirst().orElse(answered);
        caller.queueAttempt = null;
        one.connectedLineNum = caller.callerIdNum;
        one.connectedLineName = caller.callerIdName;
        pbx.newState(one, ChannelState.UP);
        pbx.newexten(one, one.exten, "AppQueue", "(Outgoing Line)");
        pbx.publish(pbx.channelEvent("NewConnectedLine", "call,all", one));
        pbx.publish(pbx.dialEnd(caller, one, "ANSWER"));
        attempt.rung().stream().filter(other -> other != one).forEach(other -> cancelMember(attempt, other));
        leaveQueue(attempt);
        queues.connected(attempt.queue(), one.memberInterface);
        pbx.publish(memberCallEvent("AgentConnect", caller, one, attempt.queue()));
        one.onLeaveBridge = () -> {
            queues.completed(attempt.queue(), one.memberInterface);
            pbx.publish(memberCallEvent("AgentComplete", caller, one, attempt.queue()).add("Reason", "agent"));
        };
        String bridge = pbx.newBridge();
        pbx.enterBridge(bridge, one, caller);
    }

    /** A member no longer rung: Asterisk 22 reports the cancel twice, then the member's pair hangs up. */
    private void cancelMember(QueueAttempt attempt, SimChannel one) {
        if (one.hungUp) {
            return;
        }
        for (int i = 0; i < 2; i++) {
            pbx.publish(pbx.dialEnd(attempt.caller(), one, "CANCEL"));
        }
        one.connectedLineNum = attempt.caller().callerIdNum;
        one.connectedLineName = attempt.caller().callerIdName;
        pbx.hangupChannel(one, 26);
        pbx.publish(pbx.channelEvent("NewConnectedLine", "call,all", one));
    }

    /** The caller hung up while members rang: they are cancelled, and the call counted abandoned. */
    void abandon(QueueAttempt attempt) {
        SimChannel caller = attempt.caller();
        caller.queueAttempt = null;
        attempt.rung().forEach(one -> cancelMember(attempt, one));
        queues.leave(attempt.queue(), caller.uniqueid);
        pbx.publish(pbx.channelEvent("QueueCallerAbandon", "agent,all", caller).add("Queue", attempt.queue())
                .add("Position", 1).add("OriginalPosition", 1)
                .add("HoldTime", (System.currentTimeMillis() - caller.createdAtMillis) / 1000));
    }

    private void leaveQueue(QueueAttempt attempt) {
        int count = queues.leave(attempt.queue(), attempt.caller().uniqueid);
        pbx.publish(pbx.channelEvent("QueueCallerLeave", "agent,all", attempt.caller()).add("Queue", attempt.queue())
                .add("Position", 1).add("Count", count));
    }

    private AmiMessage memberCallEvent(String name, SimChannel caller, SimChannel member, String queue) {
        return pbx.channelEvent(name, "agent,all", caller).addAll(member.snapshot("Dest")).add("Queue", queue)
                .add("MemberName", member.memberName).add("Interface", member.memberInterface);
    }
}
