package switchboard.desktop.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import switchboard.cti.OriginateOutcome;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.callback.Callback;
import switchboard.desktop.callback.Callbacks;
import switchboard.desktop.callcenter.OutboundCalls;
import switchboard.desktop.callcenter.CallCenterConfig;
import switchboard.desktop.customer.Customer;
import switchboard.desktop.customer.phone.InvalidPhoneNumberException;
import switchboard.desktop.customer.phone.PhoneNumbers;
import switchboard.desktop.dnc.DncEntry;
import switchboard.desktop.problem.DatabaseOutage;
import switchboard.desktop.queue.RoutingQueue;
import switchboard.desktop.record.Recorder;
import switchboard.desktop.threads.Threads;
import switchboard.desktop.callcenter.Outbound;
import switchboard.desktop.callcenter.OutboundListener;
import switchboard.routing.dialer.PredictivePacer;

/**
 * Dials for the running campaigns, once a second. Progressive: for each agent of the campaign's
 * queue who is free, keeps them free, and dials the next number the rules allow; so a person who
 * answers always has an agent. Predictive: as many calls as the campaign's pacer asks for, from
 * the observed answer rate, the agents free and in wrap-up, and the abandon rate against the
 * target. Blended agents: while callers wait for an agent of the campaign's queue, or its service
 * level is under target, the campaign places no new calls. Scheduled callbacks are dialled the same way when they are due. Every decision and outcome goes to the audit trail, on a thread
 * of its own so the routing loop never waits for the database.
 */
@ApplicationScoped
public class Dialer {

    private static final Logger LOG = Logger.getLogger(Dialer.class);
    /** At most this many new calls per campaign and second. */
    private static final int MAX_DIALS_PER_TICK = 20;
    /** A callback promised by an agent waits this long for them before anyone of the queue may make it. */
    private static final int OWNER_MINUTES = 15;
    private static final int CALLBACK_RING_SECONDS = 25;

    private final CampaignService campaigns;
    private final CampaignFigures figures;
    private final OutboundCalls outboundCalls;
    private final Clock clock;
    private final Map<Long, Pacing> pacings = new ConcurrentHashMap<>();
    private final Callbacks callbacks;
    private final Previews previews;
    private final PhoneNumbers numbers;
    private final String callerId;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(Threads.named("dialer"));
    /** Writes outcomes in the order they happen, through a database outage too. */
    private final Recorder recorder;
    /** Whether the last tick found the database away (said once per outage). */
    private volatile boolean waitingForDatabase;

    Dialer(CampaignService campaigns, CampaignFigures figures, OutboundCalls outboundCalls, Clock clock, Callbacks callbacks,
            PhoneNumbers numbers, CallCenterConfig config, Previews previews, Recorder recorder) {
        this.previews = previews;
        this.recorder = recorder;
        this.campaigns = campaigns;
        this.figures = figures;
        this.outboundCalls = outboundCalls;
        this.clock = clock;
        this.callbacks = callbacks;
        this.numbers = numbers;
        this.callerId = config.callerId();
    }

    /** After the call center has started. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 960) StartupEvent event) {
        if (outboundCalls.running()) {
            ticks.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        ticks.shutdownNow();
    }

    private void tick() {
        try {
            releaseCallbacks();
            for (Campaign campaign : campaigns.dialing()) {
                try {
                    dialFor(campaign);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Campaign %s could not dial this second", campaign.name);
                }
            }
            waitingForDatabase = false;
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                LOG.error("The dialer failed this second", e);
            } else if (!waitingForDatabase) {
                LOG.warn("Campaigns and callbacks wait: the database cannot be reached");
            }
            waitingForDatabase = DatabaseOutage.causedBy(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.error("The dialer could not reach the call center", e);
        }
    }

    private void dialFor(Campaign campaign) throws InterruptedException, ExecutionException {
        if (outboundCalls.inboundAtRisk(campaign.queue.name).get()) {
            return;
        }
        switch (campaign.mode) {
            case PREDICTIVE -> predictive(campaign);
            case PROGRESSIVE -> progressive(campaign);
            case PREVIEW -> preview(campaign);
        }
    }

    /**
     * Scheduled callbacks that are due, each when the customer's calling window is open, nobody
     * waits in its queue, and an agent is free: the agent it is promised to (for the first
     * {@value #OWNER_MINUTES} minutes), then anyone in the queue.
     */
    private void releaseCallbacks() throws InterruptedException, ExecutionException {
        for (Callback callback : callbacks.due(MAX_DIALS_PER_TICK)) {
            try {
                release(callback);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Callback %d could not be released this second", callback.id);
            }
        }
    }

    private void release(Callback callback) throws InterruptedException, ExecutionException {
        String queue = callbackQueue(callback);
        Optional<String> refusal = callbackRefusal(callback);
        if (refusal.isPresent()) {
            LOG.infof("Callback %d to %s cancelled: %s", callback.id, callback.phone, refusal.get());
            callbacks.cancel(callback.id);
            return;
        }
        Optional<ZoneId> zone = callbackZone(callback);
        if (zone.isEmpty()) {
            LOG.infof("Callback %d cancelled: the local time of '%s' cannot be told, so its calling window cannot be kept",
                    callback.id, callback.phone);
            callbacks.cancel(callback.id);
            return;
        }
        Optional<Instant> closed = DialPermits.legalWindowClosedUntil(zone.get(), clock.instant());
        if (closed.isPresent()) {
            callbacks.postpone(callback.id, closed.get());
            return;
        }
        if (outboundCalls.inboundAtRisk(queue).get()) {
            return;
        }
        Optional<String> agent = callbackAgent(callback, queue);
        if (agent.isEmpty()) {
            return;
        }
        callbacks.released(callback.id);
        long id = callback.id;
        outboundCalls.dial(new Outbound("Callback", queue, null, callback.notes == null ? "" : callback.notes, "",
                callerId, CALLBACK_RING_SECONDS, callback.customerId, callback.phone, new CallbackRecorder(id)),
                agent.get());
    }

    private Optional<String> callbackAgent(Callback callback, String queue) throws InterruptedException, ExecutionException {
        boolean ownersTurn = callback.agentId != null
                && callback.dueAt.plus(Duration.ofMinutes(OWNER_MINUTES)).isAfter(clock.instant());
        if (ownersTurn) {
            String owner = QuarkusTransaction.requiringNew().call(() -> Agent.<Agent>findById(callback.agentId).code);
            return outboundCalls.reserveAgentNamed(owner).get() ? Optional.of(owner) : Optional.empty();
        }
        return outboundCalls.reserveAgent(queue, null).get();
    }

    private static String callbackQueue(Callback callback) {
        return QuarkusTransaction.requiringNew().call(() -> callback.queueId == null ? "general"
                : RoutingQueue.<RoutingQueue>findById(callback.queueId).name);
    }

    private static Optional<String> callbackRefusal(Callback callback) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Customer customer = callback.customerId == null ? null : Customer.findById(callback.customerId);
            return DncEntry.listed(callback.phone) || customer != null && customer.doNotCall
                    ? Optional.of("the number is on a do-not-call list") : Optional.<String>empty();
        });
    }

    /** The number's zone, else the customer's; empty for a number that is none (e.g. a withheld caller id). */
    private Optional<ZoneId> callbackZone(Callback callback) {
        Optional<ZoneId> ofNumber;
        try {
            ofNumber = numbers.timeZone(callback.phone);
        } catch (InvalidPhoneNumberException e) {
            return Optional.empty();
        }
        return ofNumber.or(() -> QuarkusTransaction.requiringNew().call(() -> Optional
                .ofNullable(callback.customerId == null ? null : Customer.<Customer>findById(callback.customerId))
                .map(c -> ZoneId.of(c.timeZone))));
    }

    /** Hands a callback's outcome to the callbacks, as facts emitted without waiting. */
    private final class CallbackRecorder implements OutboundListener {

        private final long callbackId;

        CallbackRecorder(long callbackId) {
            this.callbackId = callbackId;
        }

        @Override
        public void placed(String callId) {
            // Released already; the call id adds nothing to a callback.
        }

        @Override
        public void finished(OriginateOutcome outcome) {
            recorder.emit(new DialFact.CallbackMade(callbackId, outcome == OriginateOutcome.ANSWERED, clock.instant()));
        }

        @Override
        public void agentConnected() {
            // Reached, as recorded when answered.
        }

        @Override
        public void abandoned() {
            recorder.emit(new DialFact.CallbackMade(callbackId, false, clock.instant()));
        }
    }

    /** Each free agent is kept free and shown one number, to call or skip. */
    private void preview(Campaign campaign) throws InterruptedException, ExecutionException {
        for (int i = 0; i < MAX_DIALS_PER_TICK; i++) {
            Optional<String> agent = outboundCalls.reserveAgent(campaign.queue.name, teamOf(campaign)).get();
            if (agent.isEmpty()) {
                return;
            }
            Optional<OutboundDial> dial = nextDialOrRelease(campaign, agent.get(),
                    "preview: agent " + agent.get() + " sees the customer first, kept free meanwhile");
            if (dial.isEmpty()) {
                return;
            }
            previews.offer(dial.get(), agent.get());
        }
    }

    /**
     * The agent's decision on a number they previewed: {@code call} dials it for them, otherwise
     * it goes back to the list for later. Empty when done, the problem in words otherwise.
     */
    public Optional<String> decidePreview(long attemptId, String agent, boolean call) {
        Optional<Previews.Pending> pending = previews.decide(attemptId, agent);
        if (pending.isEmpty()) {
            return Optional.of("No preview " + attemptId + " of yours");
        }
        if (call) {
            outboundCalls.dial(outbound(pending.get().dial()), agent);
        } else {
            campaigns.skipped(attemptId);
            outboundCalls.releaseAgent(agent);
        }
        return Optional.empty();
    }

    private static String teamOf(Campaign campaign) {
        return campaign.team == null ? null : campaign.team.name;
    }

    private Optional<OutboundDial> nextDialOrRelease(Campaign campaign, String agent, String pacing) {
        Optional<OutboundDial> dial;
        try {
            dial = campaigns.nextDial(campaign.id, pacing);
        } catch (RuntimeException e) {
            outboundCalls.releaseAgent(agent);
            throw e;
        }
        if (dial.isEmpty()) {
            outboundCalls.releaseAgent(agent);
        }
        return dial;
    }

    /** One call per free agent, each agent kept free for their call. */
    private void progressive(Campaign campaign) throws InterruptedException, ExecutionException {
        for (int i = 0; i < MAX_DIALS_PER_TICK; i++) {
            Optional<String> agent = outboundCalls.reserveAgent(campaign.queue.name, teamOf(campaign)).get();
            if (agent.isEmpty()) {
                return;
            }
            Optional<OutboundDial> dial = nextDialOrRelease(campaign, agent.get(),
                    "progressive: one call per free agent; agent " + agent.get() + " kept free for it");
            if (dial.isEmpty()) {
                return;
            }
            outboundCalls.dial(outbound(dial.get()), agent.get());
        }
    }

    /**
     * More calls than free agents, as many as the campaign's pacer asks for: answered calls go to
     * whichever agent of the queue is free; one that finds none within 2 s is abandoned.
     */
    private void predictive(Campaign campaign) throws InterruptedException, ExecutionException {
        Pacing pacing = pacings.computeIfAbsent(campaign.id,
                id -> new Pacing(new PredictivePacer(campaign.abandonTargetPercent.doubleValue() / 100)));
        int free = outboundCalls.availableAgents(campaign.queue.name, teamOf(campaign)).get();
        int freeingSoon = outboundCalls.agentsFreeingSoon(campaign.queue.name, teamOf(campaign)).get();
        Double rate = figures.abandonRatePercent(campaign, clock.instant().minus(CampaignFigures.complianceWindow(campaign)));
        int calls;
        String state;
        synchronized (pacing) {
            calls = Math.min(MAX_DIALS_PER_TICK, pacing.pacer.callsToPlace(free,
                    freeingSoon, pacing.ringing, rate == null ? Double.NaN : rate / 100));
            state = pacing.pacer.state() + "; " + pacing.ringing + " ringing, " + calls + " to place";
        }
        for (int i = 0; i < calls; i++) {
            Optional<OutboundDial> dial = campaigns.nextDial(campaign.id, state);
            if (dial.isEmpty()) {
                return;
            }
            synchronized (pacing) {
                pacing.ringing++;
            }
            outboundCalls.dial(outbound(dial.get(), pacing), null);
        }
    }

    private Outbound outbound(OutboundDial dial) {
        return outbound(dial, null);
    }

    private Outbound outbound(OutboundDial dial, Pacing pacing) {
        return new Outbound(dial.campaign(), dial.queue(), dial.team(), dial.script(), dial.offer(), dial.callerId(),
                dial.ringSeconds(), dial.customerId(), dial.phone(), new AttemptOutcomes(dial.attemptId(), pacing));
    }

    /** A predictive campaign's pacer and the calls it has ringing. */
    private static final class Pacing {
        private final PredictivePacer pacer;
        private int ringing;

        Pacing(PredictivePacer pacer) {
            this.pacer = pacer;
        }

        /** The call stopped ringing: answered by a person, or not. */
        synchronized void settled(boolean answered) {
            ringing = Math.max(0, ringing - 1);
            if (!answered) {
                pacer.notAnswered();
            }
        }

        synchronized void answered(boolean abandoned) {
            pacer.answered(abandoned);
        }
    }

    /** Hands a call's outcomes to the campaign's records, as facts emitted without waiting. */
    private final class AttemptOutcomes implements OutboundListener {

        private final long attemptId;
        /** Null for progressive calls. */
        private final Pacing pacing;

        AttemptOutcomes(long attemptId, Pacing pacing) {
            this.attemptId = attemptId;
            this.pacing = pacing;
        }

        @Override
        public void placed(String callId) {
            recorder.emit(new DialFact.Placed(attemptId, callId));
        }

        @Override
        public void finished(OriginateOutcome outcome) {
            if (pacing != null) {
                pacing.settled(outcome == OriginateOutcome.ANSWERED);
            }
            recorder.emit(new DialFact.Finished(attemptId, outcome, clock.instant()));
        }

        @Override
        public void agentConnected() {
            if (pacing != null) {
                pacing.answered(false);
            }
            recorder.emit(new DialFact.AgentConnected(attemptId, clock.instant()));
        }

        @Override
        public void abandoned() {
            if (pacing != null) {
                pacing.answered(true);
            }
            recorder.emit(new DialFact.Abandoned(attemptId, clock.instant()));
        }
    }

}
