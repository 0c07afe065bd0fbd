package switchboard.desktop.demo;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.customer.Customer;
import switchboard.desktop.customer.phone.PhoneNumbers;
import switchboard.desktop.customer.scoring.ScoringService;

/**
 * On start: fills an empty database with demo data when {@code swb.demo.load} is on, scores it,
 * and on the embedded default tells the person at the console where to go and how to log in.
 */
@ApplicationScoped
class DemoStartup {

    private static final Logger LOG = Logger.getLogger(DemoStartup.class);

    private final DemoConfig config;
    private final DemoDataLoader loader;
    private final ScoringService scoring;
    private final PhoneNumbers numbers;
    private final Clock clock;
    private final boolean embedded;
    private final int port;

    DemoStartup(DemoConfig config, DemoDataLoader loader, ScoringService scoring, PhoneNumbers numbers, Clock clock,
            @ConfigProperty(name = "swb.embedded") boolean embedded,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        this.config = config;
        this.loader = loader;
        this.scoring = scoring;
        this.numbers = numbers;
        this.clock = clock;
        this.embedded = embedded;
        this.port = port;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.load() && Customer.count() == 0) {
            long started = System.nanoTime();
            DemoData data = new DemoDataGenerator(numbers).generate(config.seed(), config.customers(),
                    config.agents(), YearMonth.now(clock.withZone(ZoneOffset.UTC)));
            loader.load(data, config.password());
            scoring.scoreAll();
            LOG.infof("Loaded demo data: %d customers, %d accounts, %d purchases, %d agents, %d queues in %d ms",
                    data.customers().size(), data.accounts().size(), data.purchases().size(), data.agents().size(),
                    data.queues().size(), (System.nanoTime() - started) / 1_000_000);
        }
        if (embedded) {
            LOG.infof("%n%n  Switchboard is running on its embedded defaults: http://localhost:%d%n"
                    + "  API docs: http://localhost:%d/q/swagger-ui   health: http://localhost:%d/q/health%n"
                    + "  Demo logins (password '%s'): supervisor, admin, agent1001 ... agent%d%n",
                    port, port, port, config.password(), 1000 + Agent.count());
        }
    }
}
