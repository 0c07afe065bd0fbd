package switchboard.pbxsim.pbx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import switchboard.pbxsim.ami.AmiMessage;

/**
 * app_queue's queues and members as AMI shows them: QueueStatus, QueueAdd, QueuePause,
 * QueueRemove, and a member's status following its device (in use while a call to it is up).
 * Owned by the PBX thread.
 */
final class AppQueues {

    private static final int NOT_INUSE = 1;
    private static final int INUSE = 2;

    /** A member as app_queue keeps it. */
    private static final class Member {
        final String name;
        final String iface;
        final boolean dynamic;
        final int penalty;
        final long loginTime = System.currentTimeMillis() / 1000;
        long lastPause;
        boolean paused;
        String pausedReason = "";
        int status = NOT_INUSE;
        boolean inCall;
        int callsTaken;
        long lastCall;

        Member(String name, String iface, boolean dynamic, int penalty) {
            this.name = name;
            this.iface = iface;
            this.dynamic = dynamic;
            this.penalty = penalty;
        }

        /** The device whose state the member follows: the interface without Local's {@code /n}. */
        String device() {
            return iface.replaceFirst("/n$", "");
        }
    }

    private static final class Queue {
        final String name;
        final String strategy;
        final Map<String, Member> members = new LinkedHashMap<>();
        final List<String> callers = new ArrayList<>();
        int completed;

        Queue(String name, String strategy) {
            this.name = name;
            this.strategy = strategy;
        }
    }

    /** A member to ring: its interface and name. */
    record Ringable(String iface, String name) {
    }

    private final Map<String, Queue> queues = new LinkedHashMap<>();
    private final Consumer<AmiMessage> publish;

    AppQueues(Consumer<AmiMessage> publish) {
        this.publish = publish;
    }

    /** A queue from configuration, with static members as {@code interface=name}. */
    void define(String name, String strategy, Map<String, String> staticMembers) {
        Queue queue = new Queue(name, strategy);
        staticMembers.forEach((iface, member) -> queue.members.put(iface, new Member(member, iface, false, 0)));
        queues.put(name, queue);
    }

    /** A caller joins the queue; how many wait now. */
    int join(String queueName, String uniqueid) {
        Queue queue = queues.get(queueName);
        if (queue == null) {
            return 0;
        }
        queue.callers.add(uniqueid);
        return queue.callers.size();
    }

    /** A caller leaves the queue; how many still wait. */
    int leave(String queueName, String uniqueid) {
        Queue queue = queues.get(queueName);
        if (queue == null) {
            return 0;
        }
        queue.callers.remove(uniqueid);
        return queue.callers.size();
    }

    /**
     * The members ringall rings now: not paused, not in use, in the order app_queue builds its
     * call list (each new attempt goes first, so the last member first).
     */
    List<Ringable> ringable(String queueName) {
        Queue queue = queues.get(queueName);
        if (queue == null) {
            return List.of();
        }
        List<Ringable> ring = new ArrayList<>();
        for (Member m : queue.members.values()) {
            if (!m.paused && m.status == NOT_INUSE) {
                ring.add(0, new Ringable(m.iface, m.name));
            }
        }
        return ring;
    }

    /** QueueParams and QueueMember for the queue named, or every queue. */
    List<AmiMessage> status(String only) {
        List<AmiMessage> items = new ArrayList<>();
        for (Queue q : queues.values()) {
            if (only == null || only.isBlank() || only.equals(q.name)) {
                items.add(AmiMessage.event("QueueParams").add("Queue", q.name).add("Max", 0)
                        .add("Strategy", q.strategy).add("Calls", q.callers.size()).add("Holdtime", 0).add("TalkTime", 0)
                        .add("Completed", q.completed).add("Abandoned", 0).add("ServiceLevel", 0)
                        .add("ServicelevelPerf", "0.0").add("ServicelevelPerf2", "0.0").add("Weight", 0));
                q.members.values().forEach(m -> items.add(AmiMessage.event("QueueMember").add("Queue", q.name)
                        .add("Name", m.name).add("Location", m.iface).add("StateInterface", m.iface)
                        .add("Membership", m.dynamic ? "dynamic" : "static").add("Penalty", m.penalty)
                        .add("CallsTaken", m.callsTaken).add("LastCall", m.lastCall).add("LastPause", m.lastPause)
                        .add("LoginTime", m.loginTime).add("InCall", m.inCall ? 1 : 0).add("Status", m.status)
                        .add("Paused", m.paused ? 1 : 0).add("PausedReason", m.pausedReason).add("Wrapuptime", 0)));
            }
        }
        return items;
    }

    Optional<String> add(String queueName, String iface, String memberName, int penalty, boolean paused) {
        Queue queue = queues.get(queueName);
        if (queue == null) {
            return Optional.of("Unable to add interface: Queue not found");
        }
        if (queue.members.containsKey(iface)) {
            return Optional.of("Unable to add interface to queue: Already there");
        }
        Member member = new Member(memberName == null || memberName.isBlank() ? iface : memberName, iface, true, penalty);
        member.paused = paused;
        queue.members.put(iface, member);
        publish.accept(memberEvent("QueueMemberAdded", queue, member));
        return Optional.empty();
    }

    Optional<String> pause(String queueName, String iface, boolean paused, String reason) {
        List<Queue> in = queues.values().stream().filter(q -> queueName == null || queueName.isBlank()
                || queueName.equals(q.name)).filter(q -> q.members.containsKey(iface)).toList();
        if (in.isEmpty()) {
            return Optional.of("Interface not found");
        }
        for (Queue queue : in) {
            Member member = queue.members.get(iface);
            member.paused = paused;
            member.pausedReason = paused && reason != null ? reason : "";
            if (paused) {
                member.lastPause = System.currentTimeMillis() / 1000;
            }
            publish.accept(memberEvent("QueueMemberPause", queue, member));
        }
        return Optional.empty();
    }

    Optional<String> remove(String queueName, String iface) {
        Queue queue = queues.get(queueName);
        if (queue == null) {
            return Optional.of("Unable to remove interface from queue: No such queue");
        }
        Member member = queue.members.remove(iface);
        if (member == null) {
            return Optional.of("Unable to remove interface: Not there");
        }
        publish.accept(memberEvent("QueueMemberRemoved", queue, member));
        return Optional.empty();
    }

    /** The member took a caller of the queue: in a call until it completes. */
    void connected(String queueName, String iface) {
        member(queueName, iface).ifPresent(m -> m.inCall = true);
    }

    /** The member's call with a caller of the queue ended: counted as taken and completed. */
    void completed(String queueName, String iface) {
        member(queueName, iface).ifPresent(m -> {
            m.inCall = false;
            m.callsTaken++;
            m.lastCall = System.currentTimeMillis() / 1000;
            queues.get(queueName).completed++;
        });
    }

    private Optional<Member> member(String queueName, String iface) {
        Queue queue = queues.get(queueName);
        return queue == null ? Optional.empty() : Optional.ofNullable(queue.members.get(iface));
    }

    /** Whether a member follows this device's state. */
    boolean follows(String device) {
        return queues.values().stream().anyMatch(q -> q.members.values().stream().anyMatch(m -> m.device().equals(device)));
    }

    /** A device came into use or went out of it: its members' status follows, reported per queue. */
    void deviceInUse(String device, boolean inUse) {
        int status = inUse ? INUSE : NOT_INUSE;
        for (Queue queue : queues.values()) {
            for (Member member : queue.members.values()) {
                if (member.device().equals(device) && member.status != status) {
                    member.status = status;
                    publish.accept(memberEvent("QueueMemberStatus", queue, member));
                }
            }
        }
    }

    private static AmiMessage memberEvent(String name, Queue queue, Member m) {
        return AmiMessage.event(name).add("Privilege", "agent,all").add("Timestamp", SimulatedPbx.timestamp())
                .add("Queue", queue.name).add("MemberName", m.name).add("Interface", m.iface)
                .add("StateInterface", m.iface).add("Membership", m.dynamic ? "dynamic" : "static")
                .add("Penalty", m.penalty).add("CallsTaken", m.callsTaken).add("LastCall", m.lastCall)
                .add("LastPause", m.lastPause).add("LoginTime", m.loginTime).add("InCall", m.inCall ? 1 : 0)
                .add("Status", m.status)
                .add("Paused", m.paused ? 1 : 0).add("PausedReason", m.pausedReason).add("Ringinuse", 0)
                .add("Wrapuptime", 0);
    }
}
