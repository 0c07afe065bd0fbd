package switchboard.routing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

import switchboard.routing.select.AgentSelector;

/**
 * A queue's waiting calls and its requirements at every relaxation step.
 *
 * <p>Calls wait in a heap by priority key (lazy deletion: a call that left is skipped when it
 * surfaces), RONA returns wait in a head deque served first, and all waiting calls sit in a set
 * by age for the longest wait and for agents who qualify only at later relaxation steps.
 */
final class QueueRuntime {

    /** How many of the oldest calls an agent qualifying only at a later step looks through. */
    static final int RELAXED_SCAN_LIMIT = 64;

    private static final Comparator<WaitingCall> BY_PRIORITY = Comparator
            .comparingDouble((WaitingCall c) -> -c.key).thenComparingLong(c -> c.sequence);
    private static final Comparator<WaitingCall> BY_AGE = Comparator
            .comparingLong((WaitingCall c) -> c.enqueuedAt).thenComparingLong(c -> c.sequence);

    final QueueConfig config;
    final AgentSelector selector;
    /** Required skill ids and minimum levels per step; step 0 is the queue's own. */
    final int[][] skillsByStep;
    final int[][] levelsByStep;
    /** The wait (ms) at which each step starts; step 0 at 0. */
    final long[] stepStartMillis;
    private final String[] describedSteps;
    /** The available agents eligible at each step. */
    final EligibleAgents[] eligible;

    private final PriorityQueue<WaitingCall> heap = new PriorityQueue<>(BY_PRIORITY);
    private final ArrayDeque<WaitingCall> head = new ArrayDeque<>();
    private final TreeSet<WaitingCall> byAge = new TreeSet<>(BY_AGE);

    QueueRuntime(QueueConfig config, SkillCatalog skills, AgentSelector selector) {
        this.config = config;
        this.selector = selector;
        int steps = config.steps().size() + 1;
        skillsByStep = new int[steps][];
        levelsByStep = new int[steps][];
        stepStartMillis = new long[steps];
        describedSteps = new String[steps];
        eligible = new EligibleAgents[steps];
        int lowered = 0;
        Set<String> dropped = new HashSet<>();
        for (int s = 0; s < steps; s++) {
            if (s > 0) {
                RelaxationStep step = config.steps().get(s - 1);
                lowered += step.lowerProficiencyBy();
                dropped.addAll(step.dropSkills());
                stepStartMillis[s] = step.afterSeconds() * 1000L;
            }
            resolve(s, skills, lowered, dropped);
            eligible[s] = new EligibleAgents();
        }
    }

    private void resolve(int step, SkillCatalog skills, int lowered, Set<String> dropped) {
        List<SkillRequirement> kept = config.required().stream().filter(r -> !dropped.contains(r.skill())).toList();
        skillsByStep[step] = new int[kept.size()];
        levelsByStep[step] = new int[kept.size()];
        StringJoiner described = new StringJoiner(", ");
        for (int i = 0; i < kept.size(); i++) {
            skillsByStep[step][i] = skills.id(kept.get(i).skill());
            levelsByStep[step][i] = Math.max(1, kept.get(i).minProficiency() - lowered);
            described.add(kept.get(i).skill() + ">=" + levelsByStep[step][i]);
        }
        describedSteps[step] = kept.isEmpty() ? "any agent" : described.toString();
    }

    String name() {
        return config.name();
    }

    int steps() {
        return stepStartMillis.length;
    }

    String describe(int step) {
        return describedSteps[step];
    }

    int stepAt(long waitedMillis) {
        int step = 0;
        while (step + 1 < stepStartMillis.length && waitedMillis >= stepStartMillis[step + 1]) {
            step++;
        }
        return step;
    }

    boolean qualifies(AgentRecord agent, int step) {
        int[] skills = skillsByStep[step];
        int[] levels = levelsByStep[step];
        for (int i = 0; i < skills.length; i++) {
            if (agent.level(skills[i]) < levels[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first step at which the agent qualifies, or -1 if at none. */
    int firstStepFor(AgentRecord agent) {
        for (int s = 0; s < steps(); s++) {
            if (qualifies(agent, s)) {
                return s;
            }
        }
        return -1;
    }

    double priority(WaitingCall call, long now) {
        return call.key + config.agingPerSecond() * now / 1000.0;
    }

    void enqueue(WaitingCall call) {
        call.queue = this;
        call.waiting = true;
        call.atHead = false;
        call.key = config.basePriority() + config.tierBoostOf(call.request.tier())
                - config.agingPerSecond() * call.enqueuedAt / 1000.0;
        heap.add(call);
        byAge.add(call);
    }

    /** A call for one named agent: counted as waiting here, but never offered to anyone else. */
    void enqueueFor(WaitingCall call) {
        call.queue = this;
        call.waiting = true;
        call.atHead = false;
        byAge.add(call);
    }

    void requeueAtHead(WaitingCall call) {
        call.queue = this;
        call.waiting = true;
        call.atHead = true;
        head.addFirst(call);
        byAge.add(call);
    }

    /**
     * The waiting calls of the queue this one replaces, in their places: RONA returns at the
     * head in the same order, the others by priority under this queue's configuration.
     */
    void takeWaitingFrom(QueueRuntime old) {
        List<WaitingCall> returns = old.head.stream().filter(old::headEntryValid).toList();
        List<WaitingCall> others = old.byAge.stream().filter(call -> !call.atHead).toList();
        returns.forEach(call -> {
            requeueAtHead(call);
            head.removeFirst();
            head.addLast(call);
        });
        others.forEach(call -> {
            if (call.target == null) {
                enqueue(call);
            } else {
                enqueueFor(call);
            }
        });
    }

    void leave(WaitingCall call) {
        call.waiting = false;
        byAge.remove(call);
        if (call.atHead) {
            head.remove(call);
        }
    }

    int waitingCount() {
        return byAge.size();
    }

    WaitingCall oldest() {
        return byAge.isEmpty() ? null : byAge.first();
    }

    /** Every waiting call, those for one agent by name too, oldest first. */
    List<WaitingCall> waitingByAge() {
        return List.copyOf(byAge);
    }

    /** The waiting calls in the order they will be served (head returns, then by priority). */
    List<WaitingCall> inServiceOrder() {
        List<WaitingCall> order = new ArrayList<>();
        head.stream().filter(this::headEntryValid).forEach(order::add);
        heap.stream().filter(this::heapEntryValid).sorted(BY_PRIORITY).forEach(order::add);
        return order;
    }

    /**
     * The call an agent who qualifies from {@code agentStep} on should take, or null: head
     * returns first, then the highest priority among calls relaxed far enough for the agent.
     */
    WaitingCall bestFor(int agentStep, long now) {
        for (WaitingCall call : head) {
            if (headEntryValid(call) && stepAt(now - call.enqueuedAt) >= agentStep) {
                return call;
            }
        }
        if (agentStep == 0) {
            return top();
        }
        WaitingCall best = null;
        int scanned = 0;
        for (Iterator<WaitingCall> it = byAge.iterator(); it.hasNext() && scanned++ < RELAXED_SCAN_LIMIT;) {
            WaitingCall call = it.next();
            if (now - call.enqueuedAt < stepStartMillis[agentStep]) {
                break;
            }
            if (!call.atHead && call.target == null && (best == null || BY_PRIORITY.compare(call, best) < 0)) {
                best = call;
            }
        }
        return best;
    }

    private WaitingCall top() {
        while (!heap.isEmpty() && !heapEntryValid(heap.peek())) {
            heap.poll();
        }
        return heap.peek();
    }

    private boolean heapEntryValid(WaitingCall call) {
        return call.waiting && !call.atHead && call.queue == this;
    }

    private boolean headEntryValid(WaitingCall call) {
        return call.waiting && call.atHead && call.queue == this;
    }
}
