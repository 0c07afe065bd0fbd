package switchboard.desktop.customer.scoring;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Rescores every customer on the {@code swb.scoring.cron} schedule (nightly by default). */
@ApplicationScoped
class ScoringJob {

    private final ScoringService scoring;

    ScoringJob(ScoringService scoring) {
        this.scoring = scoring;
    }

    @Scheduled(cron = "{swb.scoring.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rescoreEveryone() {
        scoring.scoreAll();
    }
}
