package switchboard.desktop.supervisor;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.Session;
import switchboard.desktop.socket.Envelope;
import switchboard.desktop.threads.Threads;

/**
 * Once a second: the queues' stats (per queue and per tier) and the agent board to every open
 * supervisor wallboard, and any new alert. Coalesced by construction: whatever happens within
 * the second, a wallboard gets one update. Alerts are also logged, so one raised while no
 * wallboard is open is not lost.
 */
@ApplicationScoped
public class SupervisorFeed {

    private static final Logger LOG = Logger.getLogger(SupervisorFeed.class);

    private final SupervisorViews views;
    private final ObjectMapper json;
    private final Clock clock;
    private final QueueAlerts alerts;
    private final double longestWaitAlertSeconds;
    private final QueueTrend trend = new QueueTrend();
    private final Set<Session> wallboards = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Threads.named("supervisor-feed"));

    SupervisorFeed(SupervisorViews views, ObjectMapper json, Clock clock,
            @ConfigProperty(name = "swb.supervisor.longest-wait-alert-seconds", defaultValue = "120") double longestWait) {
        this.views = views;
        this.json = json;
        this.clock = clock;
        this.alerts = new QueueAlerts(longestWait);
        this.longestWaitAlertSeconds = longestWait;
    }

    void start(@Observes StartupEvent event) {
        timer.scheduleAtFixedRate(this::publish, 1, 1, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        timer.shutdownNow();
    }

    /** A new wallboard gets the last hour first, then every update; on the feed's thread, so sends never overlap. */
    void attach(Session session) {
        timer.execute(() -> {
            session.getAsyncRemote().sendText(write(new WallboardMessage.History(trend.lastHour())));
            wallboards.add(session);
        });
    }

    void detach(Session session) {
        wallboards.remove(session);
    }

    private void publish() {
        try {
            List<QueueStats> queues = views.queues();
            QueueTrend.Sample sample = trend.offer(clock.instant(), queues);
            for (QueueAlerts.Alert alert : alerts.evaluate(queues)) {
                LOG.warn(alert.message());
                send(new WallboardMessage.Alert(alert.queue(), alert.rule(), alert.message()));
            }
            if (wallboards.isEmpty()) {
                return;
            }
            send(new WallboardMessage.QueueStatsNow(queues, views.tiers(), longestWaitAlertSeconds));
            send(new WallboardMessage.AgentBoard(views.agents()));
            sendCampaigns(queues);
            if (sample != null) {
                send(new WallboardMessage.Trend(sample));
            }
        } catch (RuntimeException e) {
            LOG.error("The supervisor feed failed this second", e);
        }
    }

    /** Campaign figures come from the database: while it is away the wallboard keeps the live figures. */
    private void sendCampaigns(List<QueueStats> queues) {
        try {
            send(new WallboardMessage.CampaignStats(views.campaigns(queues)));
        } catch (RuntimeException e) {
            LOG.debugf("No campaign figures this second: %s", e.getMessage());
        }
    }

    private void send(WallboardMessage message) {
        String text = write(message);
        wallboards.stream().filter(Session::isOpen).forEach(s -> s.getAsyncRemote().sendText(text));
    }

    private String write(WallboardMessage message) {
        return Envelope.write(json, message.type(), null, clock.instant(), message);
    }
}
