package switchboard.routing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import switchboard.routing.kpi.KpiTracker;
import switchboard.routing.kpi.Kpis;
import switchboard.routing.select.AgentSelector;
import switchboard.routing.select.CandidateBatch;

/**
 * The ACD. One thread calls every method (see the package documentation); each call first fires
 * the timers due by now (ring timeouts, wrap-up ends, relaxation steps, overflow), then applies the
 * event, then reports decisions to the {@link RoutingListener} in order.
 *
 * <p>Agent life: {@code login} → NOT_READY(login) → {@code ready} → AVAILABLE → (assigned)
 * RESERVED → {@code callAnswered} → ON_CALL → {@code callEnded} → WRAP_UP → (the queue's wrap-up
 * time or {@code wrapUpDone}) → AVAILABLE. No answer within the ring timeout (or
 * {@code agentNoAnswer}) is RONA: the agent goes NOT_READY(rona) and the call returns to the head
 * of its queue. A NOT_READY or logout asked for while busy applies when the call is done.
 *
 * <p>Unknown agents, calls and queues in events are reported as {@link IllegalArgumentException};
 * events that no longer apply (an answer for a call already ended) are ignored and return false.
 */
public final class RoutingEngine {

    private static final int TOP_CANDIDATES = 3;
    /** How many eligible agents, the longest idle, a decision compares. */
    static final int MAX_CANDIDATES = 32;

    private final TimeSource clock;
    private final RoutingListener listener;
    private final long seed;
    private final SkillCatalog skills = new SkillCatalog();
    private final Map<String, QueueRuntime> queues = new LinkedHashMap<>();
    private final Map<String, AgentRecord> agents = new HashMap<>();
    private final Map<String, WaitingCall> calls = new HashMap<>();
    private final Map<String, String> originQueue = new HashMap<>();
    /** Calls transferred to an agent by name, oldest first; entries no longer waiting for them are skipped. */
    private final Map<String, ArrayDeque<WaitingCall>> waitingFor = new HashMap<>();
    private final Timers timers = new Timers();
    private final CandidateBatch batch = new CandidateBatch();
    private final List<AgentRecord> candidates = new ArrayList<>();
    private final KpiTracker kpis;
    private long logins;
    private long callSequence;

    /**
     * @param clock where time comes from
     * @param listener where decisions go
     * @param seed for the RANDOM strategy
     * @param kpiWindowMinutes the rolling window of the KPIs
     */
    public RoutingEngine(TimeSource clock, RoutingListener listener, long seed, int kpiWindowMinutes) {
        this.clock = clock;
        this.listener = listener;
        this.seed = seed;
        this.kpis = new KpiTracker(kpiWindowMinutes);
    }

    // ---- configuration ----------------------------------------------------------------------

    /** Adds a queue; {@link #redefineQueue} changes one. */
    public void defineQueue(QueueConfig config) {
        advance();
        if (queues.containsKey(config.name())) {
            throw new IllegalArgumentException("queue " + config.name() + " is already defined");
        }
        QueueRuntime queue = new QueueRuntime(config, skills, AgentSelector.of(config.strategy(), seed));
        queues.put(config.name(), queue);
        agents.values().forEach(this::refreshServable);
    }

    /**
     * Changes a queue while it runs. Its waiting calls stay, in their order (RONA returns first),
     * prioritised, relaxed and overflowed by the new configuration counted from when they came;
     * a call ringing an agent or connected keeps its agent; the queue's KPIs carry on. Agents'
     * eligibility follows the new required skills at once, and calls an agent now qualifies for
     * are offered.
     */
    public void redefineQueue(QueueConfig config) {
        advance();
        QueueRuntime old = queue(config.name());
        AgentSelector selector = old.config.strategy() == config.strategy() ? old.selector
                : AgentSelector.of(config.strategy(), seed);
        QueueRuntime replaced = new QueueRuntime(config, skills, selector);
        queues.put(config.name(), replaced);
        agents.values().forEach(this::refreshServable);
        replaced.takeWaitingFrom(old);
        calls.values().stream().filter(call -> call.queue == old).forEach(call -> call.queue = replaced);
        replaced.waitingByAge().forEach(call -> scheduleQueueTimers(replaced, call));
        replaced.inServiceOrder().forEach(call -> {
            if (call.waiting && call.agent == null) {
                offerCall(call);
            }
        });
    }

    // ---- agents -----------------------------------------------------------------------------

    /** The agent logs in NOT_READY(login) with these skills (name to proficiency 1–5). */
    public void login(String agentId, Map<String, Integer> skillLevels) {
        advance();
        AgentRecord agent = agents.computeIfAbsent(agentId, id -> new AgentRecord(id, logins++));
        if (agent.state != AgentState.LOGGED_OUT) {
            throw new IllegalStateException(agentId + " is already logged in");
        }
        setSkills(agent, skillLevels);
        changeState(agent, AgentState.NOT_READY, "login");
    }

    /**
     * The agent is ready for calls: AVAILABLE now if idle, or after the current call if busy. In
     * wrap-up it ends the wrap-up (counted in the handle time) as a disposition would.
     */
    public void ready(String agentId) {
        advance();
        AgentRecord agent = agent(agentId);
        agent.pendingNotReady = null;
        if (agent.state == AgentState.WRAP_UP) {
            endWrapUp(agent);
        } else if (agent.state == AgentState.NOT_READY) {
            becomeAvailable(agent);
        }
    }

    /** Not ready for a reason: now if idle; a reserved call goes back to its queue's head; else after the call. */
    public void notReady(String agentId, String reason) {
        advance();
        AgentRecord agent = agent(agentId);
        switch (agent.state) {
            case AVAILABLE, NOT_READY -> changeState(agent, AgentState.NOT_READY, reason);
            case RESERVED -> {
                WaitingCall call = agent.call;
                changeState(agent, AgentState.NOT_READY, reason);
                returnToHead(call);
            }
            case ON_CALL, WRAP_UP -> agent.pendingNotReady = reason;
            case LOGGED_OUT -> throw new IllegalStateException(agentId + " is logged out");
        }
    }

    /** Logs the agent out now if idle, or after the current call. */
    public void logout(String agentId) {
        notReady(agentId, "logout");
        AgentRecord agent = agent(agentId);
        if (agent.state == AgentState.NOT_READY) {
            changeState(agent, AgentState.LOGGED_OUT, null);
        }
    }

    /** New skills take effect at once, for waiting calls too. */
    public void updateSkills(String agentId, Map<String, Integer> skillLevels) {
        advance();
        AgentRecord agent = agent(agentId);
        setSkills(agent, skillLevels);
        if (agent.state == AgentState.AVAILABLE) {
            offerAgent(agent);
        }
    }

    /** The disposition is in: wrap-up ends now. */
    public void wrapUpDone(String agentId) {
        advance();
        AgentRecord agent = agent(agentId);
        if (agent.state == AgentState.WRAP_UP) {
            endWrapUp(agent);
        }
    }

    // ---- calls ------------------------------------------------------------------------------

    /** A call asks for an agent: assigned at once if one is eligible, otherwise it waits. */
    public void callQueued(CallRequest request) {
        advance();
        enter(queue(request.queue()), register(request, null, false));
    }

    /**
     * A call transferred to one agent by name, in a queue (for its KPIs, ring and wrap-up times):
     * it rings that agent as soon as they are available, whatever their skills. If they are not
     * available within {@code waitSeconds}, or they do not answer, it becomes the queue's like any
     * other call, keeping its place by the time it first asked for an agent.
     */
    public void callQueuedFor(CallRequest request, String agentId, int waitSeconds) {
        advance();
        queueFor(request, agentId, waitSeconds, false);
    }

    /**
     * A campaign's call a person answered, for the agent kept free for it (or, when
     * {@code agentId} is null, for anyone in the queue), as {@link #callQueuedFor} or
     * {@link #callQueued} otherwise. It is left out of the queue's KPIs, which describe the
     * callers who called in.
     */
    public void outboundAnswered(CallRequest request, String agentId, int waitSeconds) {
        advance();
        if (agentId == null) {
            enter(queue(request.queue()), register(request, null, true));
        } else {
            queueFor(request, agentId, waitSeconds, true);
        }
    }

    private void queueFor(CallRequest request, String agentId, int waitSeconds, boolean outbound) {
        agent(agentId);
        WaitingCall call = register(request, agentId, outbound);
        waitingFor.computeIfAbsent(agentId, id -> new ArrayDeque<>()).addLast(call);
        timers.at(now() + waitSeconds * 1000L, due -> {
            if (call.waiting && agentId.equals(call.target)) {
                call.queue.leave(call);
                call.target = null;
                call.queue.enqueue(call);
                offerCall(call);
            }
        });
        enter(queue(request.queue()), call);
    }

    private WaitingCall register(CallRequest request, String target, boolean outbound) {
        QueueRuntime queue = queue(request.queue());
        if (calls.containsKey(request.callId())) {
            throw new IllegalArgumentException("call " + request.callId() + " is already known");
        }
        WaitingCall call = new WaitingCall(request, now(), callSequence++);
        call.target = target;
        call.outbound = outbound;
        calls.put(request.callId(), call);
        originQueue.put(request.callId(), queue.name());
        return call;
    }

    /** The agent answered: the call is connected. */
    public boolean callAnswered(String callId) {
        advance();
        WaitingCall call = calls.get(callId);
        if (call == null || call.agent == null || call.agent.state != AgentState.RESERVED) {
            return false;
        }
        call.answeredAt = now();
        call.generation++;
        call.agent.callsAnswered++;
        if (!call.outbound) {
            kpis.answered(origin(call), call.request.tier().name(), now(), now() - call.enqueuedAt,
                    queue(origin(call)).config.slThresholdSeconds());
        }
        changeState(call.agent, AgentState.ON_CALL, null);
        return true;
    }

    /** The agent's device did not answer (or was busy): RONA. */
    public boolean agentNoAnswer(String callId) {
        advance();
        WaitingCall call = calls.get(callId);
        if (call == null || call.agent == null || call.agent.state != AgentState.RESERVED) {
            return false;
        }
        rona(call);
        return true;
    }

    /**
     * The call hung up. Waiting or ringing: the caller abandoned. Connected: the agent goes to
     * wrap-up.
     */
    public boolean callEnded(String callId) {
        advance();
        WaitingCall call = calls.remove(callId);
        if (call == null) {
            return false;
        }
        call.generation++;
        String origin = originQueue.remove(callId);
        AgentRecord agent = call.agent;
        if (agent != null && agent.state == AgentState.ON_CALL && agent.call == call) {
            agent.lastCallEndedAt = now();
            agent.wrapQueue = call.outbound ? null : origin;
            agent.wrapTier = call.request.tier().name();
            agent.wrapTalkMillis = now() - call.answeredAt;
            changeState(agent, AgentState.WRAP_UP, null);
            long generation = agent.generation;
            timers.at(now() + queue(origin).config.wrapUpSeconds() * 1000L, due -> {
                if (agent.generation == generation) {
                    endWrapUp(agent);
                }
            });
            return true;
        }
        if (call.waiting) {
            call.queue.leave(call);
        }
        if (agent != null && agent.state == AgentState.RESERVED && agent.call == call) {
            agent.call = null;
            afterCall(agent);
        }
        if (!call.outbound) {
            kpis.abandoned(origin, call.request.tier().name(), now(), now() - call.enqueuedAt,
                    queue(origin).config.shortAbandonSeconds());
        }
        return true;
    }

    /** Fires the timers due by now: ring timeouts, wrap-up ends, relaxation steps, overflow. */
    public void tick() {
        advance();
    }

    /**
     * When {@link #tick()} next has work, or {@code Long.MAX_VALUE}: an event loop can sleep
     * until then (a timer may turn out stale, and that is harmless).
     */
    public long nextTimerAt() {
        return timers.nextDueAt();
    }

    // ---- queries ----------------------------------------------------------------------------

    /** The agent's state; an agent who never logged in is LOGGED_OUT. */
    public AgentStatus agentStatus(String agentId) {
        AgentRecord agent = agents.get(agentId);
        return agent == null ? new AgentStatus(agentId, AgentState.LOGGED_OUT, null, 0, null) : agent.status();
    }

    /** The calls waiting in a queue, in the order they will be served, with expected waits. */
    public List<WaitingCallView> waitingCalls(String queueName) {
        advance();
        QueueRuntime queue = queue(queueName);
        List<WaitingCall> order = queue.inServiceOrder();
        List<WaitingCallView> views = new ArrayList<>(order.size());
        double ahtSeconds = queueAht(queue);
        long agentsServing = agents.values().stream()
                .filter(a -> a.state != AgentState.LOGGED_OUT && a.state != AgentState.NOT_READY)
                .filter(a -> queue.firstStepFor(a) >= 0).count();
        for (int i = 0; i < order.size(); i++) {
            WaitingCall call = order.get(i);
            double expected = agentsServing == 0 ? Double.POSITIVE_INFINITY : (i + 1) * ahtSeconds / agentsServing;
            views.add(new WaitingCallView(call.request.callId(), i + 1, call.waitedSeconds(now()),
                    queue.priority(call, now()), queue.stepAt(now() - call.enqueuedAt), expected));
        }
        return views;
    }

    /**
     * The available agents who qualify for a queue as it asks (before any relaxation), longest
     * idle first, at most {@code max}: whom a progressive dialer may reserve.
     */
    public List<String> availableAgents(String queueName, int max) {
        advance();
        List<String> ids = new ArrayList<>();
        for (EligibleAgents.Membership m = queue(queueName).eligible[0].first(); m != null && ids.size() < max;
                m = m.next()) {
            ids.add(m.agent.id);
        }
        return ids;
    }

    /**
     * How long a caller who joined the queue now would wait: nothing if an agent is free for it,
     * otherwise the calls ahead and this one times the queue's handle time, shared among the
     * agents who serve it; infinite when nobody does.
     */
    public double expectedWaitSeconds(String queueName) {
        advance();
        QueueRuntime queue = queue(queueName);
        if (queue.eligible[0].first() != null && queue.waitingCount() == 0) {
            return 0;
        }
        long serving = agents.values().stream()
                .filter(a -> a.state != AgentState.LOGGED_OUT && a.state != AgentState.NOT_READY)
                .filter(a -> queue.firstStepFor(a) >= 0).count();
        return serving == 0 ? Double.POSITIVE_INFINITY : (queue.waitingCount() + 1) * queueAht(queue) / serving;
    }

    /** A queue now: waiting calls, longest wait, agents by state, and KPIs over the window. */
    public QueueSnapshot snapshot(String queueName) {
        advance();
        QueueRuntime queue = queue(queueName);
        Map<AgentState, Integer> byState = new EnumMap<>(AgentState.class);
        for (AgentRecord agent : agents.values()) {
            if (agent.state != AgentState.LOGGED_OUT && queue.firstStepFor(agent) >= 0) {
                byState.merge(agent.state, 1, Integer::sum);
            }
        }
        WaitingCall oldest = queue.oldest();
        return new QueueSnapshot(queueName, queue.waitingCount(), oldest == null ? 0 : oldest.waitedSeconds(now()),
                byState, kpis.queue(queueName, now()), queue.config.slTargetPercent());
    }

    /** KPIs of one customer tier over the window. */
    public Kpis tierKpis(CustomerTier tier) {
        advance();
        return kpis.tier(tier.name(), now());
    }

    /** Busy time over staffed time of all agents over the window. */
    public double occupancy() {
        advance();
        return kpis.occupancy(now());
    }

    // ---- internals --------------------------------------------------------------------------

    private void advance() {
        timers.fireUntil(clock.millis());
    }

    private long now() {
        return clock.millis();
    }

    private void enter(QueueRuntime queue, WaitingCall call) {
        call.enteredQueueAt = now();
        if (call.target == null) {
            queue.enqueue(call);
        } else {
            queue.enqueueFor(call);
        }
        scheduleQueueTimers(queue, call);
        offerCall(call);
    }

    private void scheduleQueueTimers(QueueRuntime queue, WaitingCall call) {
        long waited = now() - call.enqueuedAt;
        for (int step = 1; step < queue.steps(); step++) {
            if (queue.stepStartMillis[step] > waited) {
                timers.at(call.enqueuedAt + queue.stepStartMillis[step], due -> {
                    if (call.waiting && call.queue == queue) {
                        offerCall(call);
                    }
                });
            }
        }
        QueueConfig config = queue.config;
        if (config.maxWaitSeconds() > 0 && config.overflowQueue() != null) {
            timers.at(call.enteredQueueAt + config.maxWaitSeconds() * 1000L, due -> {
                if (call.waiting && call.queue == queue) {
                    overflow(call, queue(config.overflowQueue()));
                }
            });
        }
    }

    private void overflow(WaitingCall call, QueueRuntime target) {
        String from = call.queue.name();
        call.queue.leave(call);
        listener.overflowed(call.request.callId(), from, target.name());
        enter(target, call);
    }

    /** Tries to give a waiting call to the best eligible available agent. */
    private void offerCall(WaitingCall call) {
        QueueRuntime queue = call.queue;
        int step = queue.stepAt(now() - call.enqueuedAt);
        if (call.target != null) {
            AgentRecord target = agents.get(call.target);
            if (target.state == AgentState.AVAILABLE) {
                offerTargeted(call, target);
            }
            return;
        }
        gatherCandidates(queue, step, call.request);
        if (batch.size() == 0) {
            return;
        }
        int chosen = queue.selector.choose(batch, call.request);
        AgentRecord agent = candidates.get(chosen);
        String callReason = call.atHead ? "returned to the head of " + queue.name() + " after no answer"
                : "offered as it arrived: an eligible agent was available";
        assign(call, agent, step, explanation(queue, step, call, chosen, callReason));
    }

    /**
     * Fills {@link #batch} and {@link #candidates} with the {@value #MAX_CANDIDATES} longest-idle
     * available agents eligible at a step (every one of them eligible: no agent is looked at in
     * vain), plus the customer's preferred agent if available and eligible, so a decision's cost
     * is bounded whatever the size of the pool.
     */
    private void gatherCandidates(QueueRuntime queue, int step, CallRequest request) {
        batch.clear();
        candidates.clear();
        AgentRecord preferred = request.preferredAgent() == null ? null : agents.get(request.preferredAgent());
        boolean preferredEligible = preferred != null && preferred.state == AgentState.AVAILABLE
                && queue.qualifies(preferred, step);
        if (preferredEligible) {
            addCandidate(preferred, queue, step, request);
        }
        int taken = 0;
        for (EligibleAgents.Membership m = queue.eligible[step].first(); m != null && taken < MAX_CANDIDATES;
                m = m.next()) {
            if (m.agent != preferred || !preferredEligible) {
                addCandidate(m.agent, queue, step, request);
                taken++;
            }
        }
    }

    private void addCandidate(AgentRecord agent, QueueRuntime queue, int step, CallRequest request) {
        int[] required = queue.skillsByStep[step];
        int min = 5;
        double sum = 0;
        for (int skill : required) {
            int level = agent.level(skill);
            sum += level;
            min = Math.min(min, level);
        }
        double mean = required.length == 0 ? 0 : sum / required.length;
        candidates.add(agent);
        batch.add(agent.id, mean, min, now() - agent.since, now() - agent.lastCallEndedAt, agent.callsAnswered,
                agent.loginOrder, agent.id.equals(request.preferredAgent()));
    }

    /** Gives a call transferred to an agent by name to that agent, who is available. */
    private void offerTargeted(WaitingCall call, AgentRecord agent) {
        QueueRuntime queue = call.queue;
        int step = queue.stepAt(now() - call.enqueuedAt);
        batch.clear();
        candidates.clear();
        addCandidate(agent, queue, step, call.request);
        assign(call, agent, step, explanation(queue, step, call, 0, "transferred to " + agent.id + " by name"));
    }

    /** The oldest call still waiting for this agent by name, or null. */
    private WaitingCall nextFor(AgentRecord agent) {
        ArrayDeque<WaitingCall> mine = waitingFor.get(agent.id);
        while (mine != null && !mine.isEmpty()) {
            WaitingCall call = mine.peekFirst();
            if (call.waiting && agent.id.equals(call.target)) {
                return call;
            }
            mine.pollFirst();
        }
        return null;
    }

    /**
     * A newly available agent takes the oldest call transferred to them by name, else the best
     * call among the queues they can serve, if any.
     */
    private void offerAgent(AgentRecord agent) {
        WaitingCall mine = nextFor(agent);
        if (mine != null) {
            offerTargeted(mine, agent);
            return;
        }
        WaitingCall best = null;
        int bestStep = 0;
        int waitingSeen = 0;
        for (AgentRecord.ServableQueue servable : agent.servable) {
            QueueRuntime queue = servable.queue();
            waitingSeen += queue.waitingCount();
            WaitingCall call = queue.bestFor(servable.step(), now());
            if (call != null && (best == null || comesBefore(call, best))) {
                best = call;
                bestStep = servable.step();
            }
        }
        if (best == null) {
            return;
        }
        QueueRuntime queue = best.queue;
        int step = Math.max(bestStep, queue.stepAt(now() - best.enqueuedAt));
        batch.clear();
        candidates.clear();
        addCandidate(agent, queue, step, best.request);
        String callReason = best.atHead ? "returned to the head of " + queue.name() + " after no answer"
                : priorityReason(queue, best, waitingSeen);
        assign(best, agent, step, explanation(queue, step, best, 0, callReason));
    }

    private boolean comesBefore(WaitingCall a, WaitingCall b) {
        if (a.atHead != b.atHead) {
            return a.atHead;
        }
        double pa = a.queue.priority(a, now());
        double pb = b.queue.priority(b, now());
        return pa > pb || pa == pb && a.sequence < b.sequence;
    }

    private String priorityReason(QueueRuntime queue, WaitingCall call, int waitingSeen) {
        QueueConfig c = queue.config;
        return "highest priority " + round1(queue.priority(call, now())) + " (base " + c.basePriority() + " + "
                + call.request.tier() + " " + c.tierBoostOf(call.request.tier()) + " + aging " + c.agingPerSecond()
                + "/s × " + Math.round(call.waitedSeconds(now())) + " s) of " + waitingSeen
                + " waiting calls this agent can take";
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private RoutingExplanation explanation(QueueRuntime queue, int step, WaitingCall call, int chosen,
            String callReason) {
        int[] top = new int[Math.min(TOP_CANDIDATES, batch.size())];
        double[] topScores = new double[top.length];
        int kept = 0;
        for (int i = 0; i < batch.size(); i++) {
            double score = queue.selector.score(batch, i, call.request);
            int at = kept;
            while (at > 0 && score > topScores[at - 1]) {
                at--;
            }
            if (at < top.length) {
                int end = Math.min(kept, top.length - 1);
                System.arraycopy(top, at, top, at + 1, end - at);
                System.arraycopy(topScores, at, topScores, at + 1, end - at);
                top[at] = i;
                topScores[at] = score;
                kept = Math.min(kept + 1, top.length);
            }
        }
        List<RoutingExplanation.ScoredCandidate> scored = new ArrayList<>(top.length);
        for (int i = 0; i < top.length; i++) {
            scored.add(new RoutingExplanation.ScoredCandidate(batch.agentId(top[i]), topScores[i]));
        }
        String agentReason = call.target != null ? "the caller was transferred to " + call.target + " by name"
                : queue.selector.reason(batch, chosen, call.request);
        return new RoutingExplanation(queue.name(), step, queue.describe(step), queue.config.strategy(), batch.size(),
                scored, agentReason, queue.priority(call, now()), callReason, call.waitedSeconds(now()));
    }

    private void assign(WaitingCall call, AgentRecord agent, int step, RoutingExplanation explanation) {
        call.queue.leave(call);
        call.agent = agent;
        call.generation++;
        agent.call = call;
        changeState(agent, AgentState.RESERVED, null);
        call.queue.selector.assigned(agent.id);
        long generation = call.generation;
        timers.at(now() + call.queue.config.ringTimeoutSeconds() * 1000L, due -> {
            if (call.generation == generation && call.agent == agent && agent.state == AgentState.RESERVED) {
                rona(call);
            }
        });
        listener.assigned(new Assignment(call.request.callId(), agent.id, call.queue.name(),
                call.queue.config.ringTimeoutSeconds(), explanation));
    }

    private void rona(WaitingCall call) {
        AgentRecord agent = call.agent;
        call.ronaCount++;
        call.target = null;
        changeState(agent, AgentState.NOT_READY, "rona");
        listener.ronaRequeued(call.request.callId(), agent.id);
        returnToHead(call);
    }

    private void returnToHead(WaitingCall call) {
        call.agent.call = null;
        call.agent = null;
        call.generation++;
        call.queue.requeueAtHead(call);
        offerCall(call);
    }

    private void endWrapUp(AgentRecord agent) {
        if (agent.wrapQueue != null) {
            kpis.handled(agent.wrapQueue, agent.wrapTier, now(), agent.wrapTalkMillis + (now() - agent.since));
        }
        agent.call = null;
        afterCall(agent);
    }

    /** After a call (or a reservation that ended): a pending NOT_READY or logout, or AVAILABLE. */
    private void afterCall(AgentRecord agent) {
        String pending = agent.pendingNotReady;
        agent.pendingNotReady = null;
        if ("logout".equals(pending)) {
            changeState(agent, AgentState.LOGGED_OUT, null);
        } else if (pending != null) {
            changeState(agent, AgentState.NOT_READY, pending);
        } else {
            becomeAvailable(agent);
        }
    }

    private void becomeAvailable(AgentRecord agent) {
        changeState(agent, AgentState.AVAILABLE, null);
        offerAgent(agent);
    }

    private void changeState(AgentRecord agent, AgentState state, String reason) {
        AgentState old = agent.state;
        if (old != AgentState.LOGGED_OUT && old != AgentState.NOT_READY) {
            kpis.agentTime(old != AgentState.AVAILABLE, now(), now() - agent.since);
        }
        if (old == AgentState.AVAILABLE) {
            agent.memberships.forEach(m -> m.list.unlink(m));
        }
        agent.state = state;
        agent.reason = reason;
        agent.since = now();
        agent.generation++;
        if (state == AgentState.AVAILABLE) {
            agent.memberships.forEach(m -> m.list.link(m));
        }
        listener.agentStateChanged(agent.status());
    }

    private void setSkills(AgentRecord agent, Map<String, Integer> skillLevels) {
        skillLevels.keySet().forEach(skills::id);
        agent.ensureSkills(skills.size());
        Arrays.fill(agent.levels, 0);
        skillLevels.forEach((skill, level) -> {
            if (level < 1 || level > 5) {
                throw new IllegalArgumentException(agent.id + ": proficiency of " + skill + " must be 1 to 5");
            }
            agent.levels[skills.id(skill)] = level;
        });
        refreshServable(agent);
    }

    /** Recomputes the queues and steps the agent qualifies at, keeping their place if available. */
    private void refreshServable(AgentRecord agent) {
        agent.ensureSkills(skills.size());
        agent.memberships.forEach(m -> m.list.unlink(m));
        agent.memberships.clear();
        agent.servable.clear();
        for (QueueRuntime queue : queues.values()) {
            int first = queue.firstStepFor(agent);
            if (first >= 0) {
                agent.servable.add(new AgentRecord.ServableQueue(queue, first));
                for (int step = first; step < queue.steps(); step++) {
                    agent.memberships.add(new EligibleAgents.Membership(agent, queue.eligible[step]));
                }
            }
        }
        if (agent.state == AgentState.AVAILABLE) {
            agent.memberships.forEach(m -> m.list.link(m));
        }
    }

    private double queueAht(QueueRuntime queue) {
        double aht = kpis.queue(queue.name(), now()).ahtSeconds();
        return Double.isNaN(aht) ? 300 : aht;
    }

    private String origin(WaitingCall call) {
        return originQueue.get(call.request.callId());
    }

    private AgentRecord agent(String agentId) {
        AgentRecord agent = agents.get(agentId);
        if (agent == null) {
            throw new IllegalArgumentException("unknown agent " + agentId);
        }
        return agent;
    }

    private QueueRuntime queue(String name) {
        QueueRuntime queue = queues.get(name);
        if (queue == null) {
            throw new IllegalArgumentException("unknown queue " + name);
        }
        return queue;
    }
}
