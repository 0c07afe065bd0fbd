package switchboard.desktop.callcenter;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import switchboard.desktop.problem.Problem;
import switchboard.desktop.threads.Threads;
import switchboard.routing.AgentState;
import switchboard.routing.AgentStatus;

/**
 * The embedded default's agents: every active agent nobody sits in for is staffed by a
 * simulated agent whose phone answers by itself and who writes each call up after a few
 * seconds. A person who opens an agent's desktop takes over (not ready until they say, the
 * phone rings until they answer on the desktop); the simulation takes back a few seconds after
 * their last desktop closes. Installed only when the PBX is simulated. Runs on the loop; the
 * simulator's phones are told on a thread of their own.
 */
@ApplicationScoped
class SimulatedAgents implements DeskHooks {

    private static final Logger LOG = Logger.getLogger(SimulatedAgents.class);
    /** How long a simulated agent waits before taking back a desktop a person closed (a reload is quicker). */
    private static final int TAKE_BACK_SECONDS = 5;
    /** How long a simulated agent takes to write up a call. */
    private static final int WRAP_UP_SECONDS = 8;

    private final CallLoop loop;
    private final SimulatedTelephony telephony;
    private final AgentCommands commands;
    private final DesktopOutbox desks;
    private final CallCenterConfig config;
    private final ExecutorService phones = Executors.newSingleThreadExecutor(Threads.named("simulated-phones"));
    /** Agents a person has taken over; owned by the loop. */
    private final Set<String> takenOver = new HashSet<>();
    /** The simulated agents' choices of disposition; used on the loop. */
    private final SplittableRandom random = new SplittableRandom(20260101);

    SimulatedAgents(CallLoop loop, SimulatedTelephony telephony, AgentCommands commands, DesktopOutbox desks,
            CallCenterConfig config) {
        this.loop = loop;
        this.telephony = telephony;
        this.commands = commands;
        this.desks = desks;
        this.config = config;
    }

    void stop(@Observes ShutdownEvent event) {
        phones.shutdownNow();
    }

    @Override
    public boolean answersOnDesktop() {
        return true;
    }

    @Override
    public boolean staffs(String agentCode) {
        return config.agentsReadyAtStart() && !takenOver.contains(agentCode);
    }

    @Override
    public void deskOpened(String agentCode) {
        if (!loop.roster().takesCalls(agentCode) || !takenOver.add(agentCode)) {
            return;
        }
        String device = loop.roster().agent(agentCode).device();
        phones.execute(() -> telephony.personAt(device));
        if (loop.engine().agentStatus(agentCode).state() != AgentState.LOGGED_OUT) {
            loop.engine().notReady(agentCode, "login");
        }
    }

    @Override
    public void deskClosed(String agentCode) {
        loop.schedule(() -> takeBack(agentCode), TAKE_BACK_SECONDS, TimeUnit.SECONDS);
    }

    private void takeBack(String agentCode) {
        if (desks.hasDesktop(agentCode) || !takenOver.remove(agentCode)) {
            return;
        }
        String device = loop.roster().agent(agentCode).device();
        phones.execute(() -> telephony.robotAt(device));
        if (config.agentsReadyAtStart() && loop.roster().takesCalls(agentCode)) {
            if (loop.engine().agentStatus(agentCode).state() == AgentState.LOGGED_OUT) {
                loop.engine().login(agentCode, loop.roster().agent(agentCode).skills());
            }
            loop.engine().ready(agentCode);
        }
    }

    @Override
    public void stateChanged(AgentStatus status) {
        if (status.state() == AgentState.WRAP_UP && !takenOver.contains(status.agentId())) {
            loop.schedule(() -> writeUp(status.agentId(), status.callId()), WRAP_UP_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** A simulated agent writes up their part of the call with one of its queue's codes that asks for no callback. */
    private void writeUp(String agentCode, String callId) {
        AgentStatus now = loop.engine().agentStatus(agentCode);
        if (now.state() != AgentState.WRAP_UP || !callId.equals(now.callId()) || takenOver.contains(agentCode)) {
            return;
        }
        Optional<OpenLegs.Leg> leg = loop.openLegs().find(agentCode, callId);
        List<DispositionOption> codes = leg.isEmpty() ? List.of()
                : loop.roster().dispositionCodes(leg.get().queue()).stream().filter(c -> !c.schedulesCallback()).toList();
        if (codes.isEmpty()) {
            LOG.warnf("Simulated agent %s has no disposition code for %s; wrap-up runs out", agentCode, callId);
            return;
        }
        String code = codes.get(random.nextInt(codes.size())).code();
        Optional<Problem> problem = commands.dispositionNow(agentCode, callId,
                new Disposition(code, "Handled by the simulated agent", null));
        problem.ifPresent(p -> LOG.warnf("Simulated agent %s could not disposition %s: %s", agentCode, callId, p.detail()));
    }

    @Override
    public Optional<CompletableFuture<Optional<String>>> answer(String agentCode, String deviceInterface) {
        return Optional.of(CompletableFuture.supplyAsync(() -> telephony.pbx().answerDevice(deviceInterface)
                ? Optional.<String>empty() : Optional.of("Your phone is not ringing yet; try again in a moment"), phones));
    }
}
