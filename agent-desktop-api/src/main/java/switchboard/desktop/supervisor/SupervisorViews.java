package switchboard.desktop.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import switchboard.cti.SpyMode;
import switchboard.desktop.callcenter.AgentCommands;
import switchboard.desktop.callcenter.LiveViews;
import switchboard.desktop.campaign.CampaignFigures;
import switchboard.desktop.campaign.CampaignView;
import switchboard.routing.AgentState;
import switchboard.routing.AgentStatus;
import switchboard.routing.CustomerTier;
import switchboard.routing.kpi.Kpis;

/** What supervisors see, read from the routing loop. */
@ApplicationScoped
public class SupervisorViews {

    private static final long WAIT_SECONDS = 5;

    private final LiveViews live;
    private final AgentCommands commands;
    private final CampaignFigures figures;

    SupervisorViews(LiveViews live, AgentCommands commands, CampaignFigures figures) {
        this.figures = figures;
        this.live = live;
        this.commands = commands;
    }

    /** An agent on the board. */
    public record AgentLine(String agent, String state, String reason, Instant since, long secondsInState,
            String callId) {
    }

    /** A live call, with how long the caller has been in the ACD. */
    public record CallLine(String callId, String ani, String queue, String state, String agent, Long customerId,
            Instant offeredAt, long secondsInAcd) {
    }

    public List<QueueStats> queues() {
        return await(live.queueSnapshots()).stream().map(QueueStats::of).toList();
    }

    public Map<CustomerTier, QueueStats.KpiView> tiers() {
        Map<CustomerTier, Kpis> kpis = await(live.tierKpis());
        Map<CustomerTier, QueueStats.KpiView> views = new LinkedHashMap<>();
        kpis.forEach((tier, k) -> views.put(tier, QueueStats.KpiView.of(k)));
        return views;
    }

    /** The campaigns running or paused, with their queues' agents busy as {@code queues} tell. */
    public List<CampaignView> campaigns(List<QueueStats> queues) {
        Map<String, Integer> busy = new HashMap<>();
        for (QueueStats q : queues) {
            Map<AgentState, Integer> states = q.agentsByState();
            busy.put(q.queue(), states.getOrDefault(AgentState.RESERVED, 0) + states.getOrDefault(AgentState.ON_CALL, 0));
        }
        return figures.live(queue -> busy.getOrDefault(queue, 0));
    }

    public List<AgentLine> agents() {
        long now = System.currentTimeMillis();
        return await(live.agentBoard()).stream().map(line(now)).toList();
    }

    public List<CallLine> calls() {
        Instant now = Instant.now();
        return await(live.liveCalls()).stream()
                .map(c -> new CallLine(c.callId(), c.ani(), c.queue(), c.state().name(), c.agent(), c.customerId(),
                        c.offeredAt(), Duration.between(c.offeredAt(), now).toSeconds()))
                .toList();
    }

    /** Changes an agent's state as their desktop would; the problem in words if it cannot. */
    public Optional<String> setAgentState(String agent, String state, String reason) {
        return await(commands.setState(agent, state, reason));
    }

    /** Joins a supervisor's device to a call; the problem in words if it cannot. */
    public Optional<String> spy(String callId, String device, SpyMode mode) {
        return await(live.spy(callId, device, mode));
    }

    private static Function<AgentStatus, AgentLine> line(long now) {
        return s -> new AgentLine(s.agentId(), s.state().name(), s.reason(), Instant.ofEpochMilli(s.sinceMillis()),
                (now - s.sinceMillis()) / 1000, s.callId());
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading the call center", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the call center did not answer", e);
        }
    }
}
