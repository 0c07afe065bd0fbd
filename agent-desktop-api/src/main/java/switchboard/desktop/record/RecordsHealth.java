package switchboard.desktop.record;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Readiness of the records: UP while facts are being written, and still UP, marked
 * {@code degraded}, while the database is away and facts wait in the journal; calls go on
 * meanwhile, so the application must not be taken out of service for it.
 */
@Readiness
@ApplicationScoped
public class RecordsHealth implements HealthCheck {

    private final Recorder recorder;

    RecordsHealth(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public HealthCheckResponse call() {
        boolean reachable = recorder.databaseReachable();
        long waiting = recorder.waiting();
        return HealthCheckResponse.named("records").up()
                .withData("status", reachable ? "ok" : "degraded")
                .withData("database", reachable ? "reachable" : "unreachable")
                .withData("waitingInJournal", waiting)
                .build();
    }
}
