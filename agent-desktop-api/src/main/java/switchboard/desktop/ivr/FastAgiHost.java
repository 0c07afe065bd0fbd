package switchboard.desktop.ivr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalDouble;

import org.asteriskjava.fastagi.DefaultAgiServer;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import switchboard.ivr.IvrScript;
import switchboard.ivr.config.IvrConfig;

/** Runs the FastAGI server with the IVR while the application runs. */
@ApplicationScoped
class FastAgiHost {

    private static final Logger LOG = Logger.getLogger(FastAgiHost.class);
    private static final String SHIPPED_MENUS = "switchboard/ivr/ivr.json";

    private final IvrHostConfig config;
    private final CrmDirectory directory;
    private final Clock clock;
    private DefaultAgiServer server;

    FastAgiHost(IvrHostConfig config, CrmDirectory directory, Clock clock) {
        this.config = config;
        this.directory = directory;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        IvrConfig menus = menus();
        // The routing engine is not wired to live calls yet, so no wait is known and no callback offered.
        IvrScript script = new IvrScript(menus, directory, intent -> OptionalDouble.empty(), clock);
        server = new DefaultAgiServer(script);
        server.setPort(config.port());
        Thread serving = new Thread(() -> {
            try {
                server.startup();
            } catch (IOException | IllegalStateException e) {
                LOG.errorf(e, "The IVR's FastAGI server could not listen on port %d", config.port());
            }
        }, "fastagi-server");
        serving.setDaemon(true);
        serving.start();
        LOG.infof("IVR listening for FastAGI on port %d", config.port());
    }

    void stop(@Observes ShutdownEvent event) {
        if (server != null) {
            server.shutdown();
        }
    }

    private IvrConfig menus() {
        if (config.menus().isPresent()) {
            Path file = Path.of(config.menus().get());
            try (InputStream in = Files.newInputStream(file)) {
                return IvrConfig.load(in, file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the IVR menus " + file, e);
            }
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SHIPPED_MENUS)) {
            if (in == null) {
                throw new IllegalStateException("The shipped IVR menus are missing from the classpath");
            }
            return IvrConfig.load(in, "config/ivr/ivr.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
