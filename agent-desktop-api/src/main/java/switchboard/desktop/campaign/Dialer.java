package switchboard.desktop.campaign;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import switchboard.cti.OriginateOutcome;
import switchboard.desktop.callcenter.CallCenter;
import switchboard.desktop.callcenter.Outbound;
import switchboard.desktop.callcenter.OutboundListener;

/**
 * Dials for the running campaigns, once a second. Progressive: for each agent of the campaign's
 * queue who is free, keeps them free, and dials the next number the rules allow; so a person who
 * answers always has an agent. Every decision and outcome goes to the audit trail, on a thread
 * of its own so the routing loop never waits for the database.
 */
@ApplicationScoped
public class Dialer {

    private static final Logger LOG = Logger.getLogger(Dialer.class);
    /** At most this many new calls per campaign and second. */
    private static final int MAX_DIALS_PER_TICK = 20;

    private final CampaignService campaigns;
    private final CallCenter callCenter;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "dialer"));
    /** Writes outcomes in the order they happen. */
    private final ExecutorService records = Executors.newSingleThreadExecutor(r -> daemon(r, "dialer-records"));

    Dialer(CampaignService campaigns, CallCenter callCenter) {
        this.campaigns = campaigns;
        this.callCenter = callCenter;
    }

    /** After the call center has started. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 960) StartupEvent event) {
        if (callCenter.isRunning()) {
            ticks.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        ticks.shutdownNow();
        records.shutdown();
    }

    private void tick() {
        try {
            for (Campaign campaign : campaigns.dialing()) {
                progressive(campaign);
            }
        } catch (RuntimeException e) {
            LOG.error("The dialer failed this second", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.error("The dialer could not reach the call center", e);
        }
    }

    /** One call per free agent, each agent kept free for their call. */
    private void progressive(Campaign campaign) throws InterruptedException, ExecutionException {
        for (int i = 0; i < MAX_DIALS_PER_TICK; i++) {
            Optional<String> agent = callCenter.reserveAgent(campaign.queue.name).get();
            if (agent.isEmpty()) {
                return;
            }
            Optional<OutboundDial> dial;
            try {
                dial = campaigns.nextDial(campaign.id,
                        "progressive: one call per free agent; agent " + agent.get() + " kept free for it");
            } catch (RuntimeException e) {
                callCenter.releaseAgent(agent.get());
                throw e;
            }
            if (dial.isEmpty()) {
                callCenter.releaseAgent(agent.get());
                return;
            }
            callCenter.dial(outbound(dial.get()), agent.get());
        }
    }

    private Outbound outbound(OutboundDial dial) {
        return new Outbound(dial.campaign(), dial.queue(), dial.script(), dial.offer(), dial.callerId(),
                dial.ringSeconds(), dial.customerId(), dial.phone(), new Recorder(dial.attemptId()));
    }

    /** Hands a call's outcomes to the campaign's records, off the routing loop. */
    private final class Recorder implements OutboundListener {

        private final long attemptId;

        Recorder(long attemptId) {
            this.attemptId = attemptId;
        }

        @Override
        public void placed(String callId) {
            records.execute(() -> campaigns.placed(attemptId, callId));
        }

        @Override
        public void finished(OriginateOutcome outcome) {
            records.execute(() -> {
                if (outcome == OriginateOutcome.ANSWERED) {
                    campaigns.answered(attemptId);
                }
                campaigns.finished(attemptId, outcome);
            });
        }

        @Override
        public void agentConnected() {
            records.execute(() -> campaigns.agentConnected(attemptId));
        }

        @Override
        public void abandoned() {
            records.execute(() -> campaigns.abandoned(attemptId));
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
