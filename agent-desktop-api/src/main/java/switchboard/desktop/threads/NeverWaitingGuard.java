package switchboard.desktop.threads;

import java.sql.Connection;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalPoolInterceptor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Catches a database connection asked for on a thread that must never wait (the routing loop):
 * logged with the stack that asked and counted ({@code switchboard.threads.database.on.loop}); with
 * {@code swb.threads.refuse-database-on-loop} (the tests' setting) refused as well, so the
 * mistake fails loudly where it is made.
 */
@ApplicationScoped
public class NeverWaitingGuard implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(NeverWaitingGuard.class);

    private final boolean refuse;
    private final Counter caught;

    NeverWaitingGuard(@ConfigProperty(name = "swb.threads.refuse-database-on-loop", defaultValue = "false") boolean refuse,
            MeterRegistry metrics) {
        this.refuse = refuse;
        this.caught = Counter.builder("switchboard.threads.database.on.loop")
                .description("Database connections asked for on a thread that must never wait").register(metrics);
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (!Threads.neverWaits()) {
            return;
        }
        caught.increment();
        IllegalStateException where = new IllegalStateException(
                "A database connection was asked for on " + Thread.currentThread().getName() + ", which must never wait");
        LOG.error(where.getMessage(), where);
        if (refuse) {
            throw new DatabaseOnLoopException(where);
        }
    }

    /** How many times a thread that must never wait asked for a connection. */
    public double caught() {
        return caught.count();
    }

    /** Thrown, in the tests, into the code that asked. */
    static final class DatabaseOnLoopException extends RuntimeException {
        DatabaseOnLoopException(IllegalStateException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
