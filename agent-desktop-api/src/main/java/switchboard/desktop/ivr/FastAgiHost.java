package switchboard.desktop.ivr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import switchboard.desktop.callcenter.CallCenterConfig;
import switchboard.desktop.callcenter.IvrCalls;
import switchboard.desktop.customer.CrmDirectory;
import switchboard.desktop.threads.Threads;
import switchboard.ivr.IvrOutcomes;
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
    private final IvrCalls calls;
    private final MissingPrompts missingPrompts;
    private final CallCenterConfig callCenter;
    private final MeterRegistry metrics;
    private GuardedAgiServer server;

    FastAgiHost(IvrHostConfig config, CrmDirectory directory, Clock clock, IvrCalls calls,
            MissingPrompts missingPrompts, CallCenterConfig callCenter, MeterRegistry metrics) {
        this.config = config;
        this.directory = directory;
        this.clock = clock;
        this.calls = calls;
        this.missingPrompts = missingPrompts;
        this.callCenter = callCenter;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        IvrConfig menus = menus();
        IvrScript script = new IvrScript(menus, directory, intent -> calls.expectedWaitSeconds(intent, null),
                outcomes(), clock);
        InetAddress bind = bindAddress();
        Set<InetAddress> allowed = allowedAddresses();
        server = new GuardedAgiServer(script, config.port(), bind, allowed, Counter.builder("switchboard.ivr.connections.refused")
                .description("FastAGI connections from hosts that are no PBX, closed before any script ran")
                .register(metrics));
        Thread serving = Threads.named("fastagi-server").newThread(() -> {
            try {
                server.startup();
            } catch (IOException | IllegalStateException e) {
                LOG.errorf(e, "The IVR's FastAGI server could not listen on port %d", config.port());
            }
        });
        serving.start();
        LOG.infof("IVR listening for FastAGI on %s:%d for %s", bind.getHostAddress(), config.port(),
                allowed.stream().map(InetAddress::getHostAddress).sorted().toList());
    }

    private InetAddress bindAddress() {
        String address = config.bindAddress().orElse(callCenter.simulated() ? "127.0.0.1" : "0.0.0.0");
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("swb.ivr.bind-address is no address here: " + address, e);
        }
    }

    /** The configured hosts, or the PBXs' AMI hosts (and loopback when the PBX is simulated), by address. */
    private Set<InetAddress> allowedAddresses() {
        List<String> hosts = config.allowedHosts().orElseGet(() -> {
            List<String> pbxHosts = new ArrayList<>();
            callCenter.pbx().values().forEach(pbx -> pbxHosts.add(pbx.host()));
            if (callCenter.simulated()) {
                pbxHosts.add("127.0.0.1");
            }
            return pbxHosts;
        });
        Set<InetAddress> addresses = new HashSet<>();
        for (String host : hosts) {
            try {
                addresses.addAll(List.of(InetAddress.getAllByName(host.strip())));
            } catch (UnknownHostException e) {
                LOG.warnf("FastAGI: the allowed host %s is not known here; it is left out", host);
            }
        }
        if (addresses.isEmpty()) {
            LOG.warn("FastAGI: no host may run the IVR (no PBX configured and swb.ivr.allowed-hosts empty)");
        }
        return addresses;
    }

    private IvrOutcomes outcomes() {
        return new IvrOutcomes() {
            @Override
            public void callbackBooked(String uniqueId, String number, String intent, String customerId) {
                bookCallback(uniqueId, number, intent, customerId);
            }

            @Override
            public void contained(String uniqueId, String number, String customerId, String ivrPath) {
                calls.containedInIvr(uniqueId, number, customerId == null ? null : Long.valueOf(customerId), ivrPath);
            }

            @Override
            public void promptMissing(String prompt) {
                missingPrompts.missed(prompt);
            }
        };
    }

    /** A caller took the callback offer: due now, in the queue of their intent; the call is recorded as such. */
    private void bookCallback(String uniqueId, String number, String intent, String customerId) {
        try {
            String queue = calls.queueOf(intent, null).get(1, TimeUnit.SECONDS);
            calls.callbackInIvr(uniqueId, number, customerId == null ? null : Long.valueOf(customerId), queue);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.errorf("Interrupted booking the callback for %s", number);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.errorf(e, "Could not book the callback %s asked for", number);
        }
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
