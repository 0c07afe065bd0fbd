package switchboard.pbxsim.pbx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import switchboard.pbxsim.ami.AmiMessage;

/** A simulated channel: its snapshot fields as AMI reports them, and its variables. */
public final class SimChannel {

    static final String UNKNOWN = "<unknown>";

    final String name;
    final String uniqueid;
    String linkedid;
    ChannelState state;
    String callerIdNum = UNKNOWN;
    String callerIdName = UNKNOWN;
    String connectedLineNum = UNKNOWN;
    String connectedLineName = UNKNOWN;
    String context;
    String exten;
    int priority = 1;
    String application = "";
    String applicationData = "";
    final Map<String, String> variables = new LinkedHashMap<>();
    final long createdAtMillis;
    /** A Local {@code ;1} that is up as soon as its {@code ;2} answers (originate, Dial); app_queue answers its own. */
    boolean answersWithPeer;
    /** On a queue member's {@code ;1}: the member it rings. */
    String memberName;
    String memberInterface;
    /** On a queue caller: the members being rung now, or null. */
    QueueCalls.QueueAttempt queueAttempt;
    /** Runs once when the channel leaves its bridge (app_queue's AgentComplete). */
    Runnable onLeaveBridge;
    /** An originate's Application runs on this channel (no Newexten for it, as on Asterisk). */
    boolean runsOriginatedApplication;
    /** The other half of a Local pair, or null. */
    SimChannel localPeer;
    boolean hungUp;
    /** While this channel dials another: the callee; on the callee: who dials it. */
    SimChannel dialing;
    SimChannel dialedBy;
    /** The bridge this channel is in, and the other channel in it. */
    String bridgeId;
    SimChannel bridgedWith;
    /** The channel this one listens to with ChanSpy, and the channels listening to this one. */
    SimChannel spying;
    final List<SimChannel> spiedBy = new ArrayList<>();
    /** A MixMonitor recording is running. */
    boolean recording;
    /** An answering machine answered this channel (what AMD() will find). */
    boolean machine;
    /** Where Return() goes from a Dial U() subroutine on this channel. */
    Runnable onReturn;
    /** Runs once if this Local pair ends without being answered (an originate that failed). */
    Runnable onUnanswered;
    /** Runs once when the channel is answered (a Local pair's originate completion). */
    Runnable onAnswer;
    /** Bumped when the channel leaves its current dialplan step (redirect, hangup). */
    long generation;

    SimChannel(String name, String uniqueid, String linkedid, ChannelState state, String context, String exten,
            long createdAtMillis) {
        this.name = name;
        this.uniqueid = uniqueid;
        this.linkedid = linkedid;
        this.state = state;
        this.context = context;
        this.exten = exten;
        this.createdAtMillis = createdAtMillis;
    }

    public String name() {
        return name;
    }

    /** The device the channel is on: its name without the sequence suffix ({@code Local/1001@agents}). */
    String device() {
        int dash = name.lastIndexOf('-');
        return dash > 0 ? name.substring(0, dash) : name;
    }

    public String uniqueid() {
        return uniqueid;
    }

    public String linkedid() {
        return linkedid;
    }

    /** The snapshot block every channel event carries, with an optional key prefix ({@code Dest}). */
    AmiMessage snapshot(String prefix) {
        return new AmiMessage()
                .add(prefix + "Channel", name)
                .add(prefix + "ChannelState", state.code)
                .add(prefix + "ChannelStateDesc", state.description)
                .add(prefix + "CallerIDNum", callerIdNum)
                .add(prefix + "CallerIDName", callerIdName)
                .add(prefix + "ConnectedLineNum", connectedLineNum)
                .add(prefix + "ConnectedLineName", connectedLineName)
                .add(prefix + "Language", "en")
                .add(prefix + "AccountCode", "")
                .add(prefix + "Context", context)
                .add(prefix + "Exten", exten)
                .add(prefix + "Priority", priority)
                .add(prefix + "Uniqueid", uniqueid)
                .add(prefix + "Linkedid", linkedid);
    }
}
