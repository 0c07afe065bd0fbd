package switchboard.desktop.callcenter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import switchboard.cti.CtiBridge;
import switchboard.cti.PbxConfig;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.queue.RoutingQueue;
import switchboard.routing.AgentState;

/**
 * Starts and stops live calls, and hands administrators' changes to them. At start the queues
 * and agents are read from the database (the only reads of the call path, before any call),
 * the routing loop starts, and the CTI bridge connects: to the simulated PBX on the embedded
 * default, with simulated agents plugged in, or to the configured Asterisk servers.
 */
@ApplicationScoped
public class CallCenter {

    private static final Logger LOG = Logger.getLogger(CallCenter.class);

    private final CallCenterConfig config;
    private final CallLoop loop;
    private final CtiIntake intake;
    private final Decisions decisions;
    private final SimulatedTelephony telephony;
    private final SimulatedAgents simulatedAgents;
    private CtiBridge bridge;

    CallCenter(CallCenterConfig config, CallLoop loop, CtiIntake intake, Decisions decisions,
            SimulatedTelephony telephony, SimulatedAgents simulatedAgents) {
        this.config = config;
        this.loop = loop;
        this.intake = intake;
        this.decisions = decisions;
        this.telephony = telephony;
        this.simulatedAgents = simulatedAgents;
    }

    /** After the demo data: queues and agents come from the database. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        List<RoutedQueue> queues = QuarkusTransaction.requiringNew().call(() -> RoutingQueue.<RoutingQueue>listAll()
                .stream().map(RoutedQueue::of).toList());
        List<RosterAgent> agents = QuarkusTransaction.requiringNew().call(() -> Agent.<Agent>listAll().stream()
                .map(RosterAgent::of).toList());
        List<PbxConfig> pbxs = config.simulated() ? List.of(telephony.start()) : configuredPbxs();
        bridge = new CtiBridge(pbxs, cti -> loop.execute(() -> intake.on(cti)));
        loop.start(decisions, bridge, config.simulated() ? simulatedAgents : DeskHooks.NONE);
        loop.execute(() -> {
            queues.forEach(this::applyQueue);
            agents.forEach(this::applyAgent);
        });
        bridge.start();
        if (config.simulated()) {
            telephony.startTraffic();
        }
        LOG.infof("Call center running: %d queues, %d agents, %s PBX", queues.size(), agents.size(),
                config.simulated() ? "simulated" : pbxs.size() + " Asterisk");
    }

    void stop(@Observes ShutdownEvent event) {
        if (bridge != null) {
            bridge.close();
        }
        telephony.stop();
        loop.stop();
    }

    /** Whether live calls are handled (not when switched off by configuration). */
    public boolean isRunning() {
        return loop.running();
    }

    /**
     * An agent an administrator created or changed, after the change is stored. New skills count
     * at once, for calls already waiting too; a new device from the next call; an agent made
     * inactive is logged out after any call in progress. Completes once routing follows it.
     */
    public CompletableFuture<Void> agentChanged(RosterAgent agent) {
        return loop.running() ? loop.call(() -> applyAgent(agent)) : CompletableFuture.completedFuture(null);
    }

    /**
     * A queue an administrator created or changed, after the change is stored: calls waiting in
     * it stay and are routed by the new rules at once. Completes once routing follows it.
     */
    public CompletableFuture<Void> queueChanged(RoutedQueue queue) {
        return loop.running() ? loop.call(() -> applyQueue(queue)) : CompletableFuture.completedFuture(null);
    }

    private Void applyQueue(RoutedQueue queue) {
        if (loop.roster().put(queue)) {
            loop.engine().redefineQueue(queue.routing());
        } else {
            loop.engine().defineQueue(queue.routing());
        }
        return null;
    }

    private Void applyAgent(RosterAgent agent) {
        loop.roster().put(agent);
        AgentState state = loop.engine().agentStatus(agent.code()).state();
        if (!agent.active()) {
            if (state != AgentState.LOGGED_OUT) {
                loop.engine().logout(agent.code());
            }
        } else if (state != AgentState.LOGGED_OUT) {
            loop.engine().updateSkills(agent.code(), agent.skills());
        } else if (loop.hooks().staffs(agent.code())) {
            loop.engine().login(agent.code(), agent.skills());
            loop.engine().ready(agent.code());
        }
        return null;
    }

    private List<PbxConfig> configuredPbxs() {
        List<PbxConfig> pbxs = new ArrayList<>();
        config.pbx().forEach((id, pbx) -> pbxs.add(new PbxConfig(id, pbx.host(), pbx.port(), pbx.username(),
                pbx.secret(), pbx.pingInterval())));
        if (pbxs.isEmpty()) {
            LOG.warn("No PBX configured (swb.callcenter.pbx.<id>.host ...): no live calls");
        }
        return pbxs;
    }
}
