package switchboard.desktop.callcenter;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import switchboard.cti.SpyMode;
import switchboard.routing.AgentStatus;
import switchboard.routing.CustomerTier;
import switchboard.routing.QueueSnapshot;
import switchboard.routing.kpi.Kpis;

/** What supervisors see and do live: queues, tiers, agents and calls now; listen, whisper, barge. */
@ApplicationScoped
public class LiveViews {

    private final CallLoop loop;

    LiveViews(CallLoop loop) {
        this.loop = loop;
    }

    /** Every queue now, with its KPIs over the window; none before live calls have started (or when they are off). */
    public CompletableFuture<List<QueueSnapshot>> queueSnapshots() {
        if (!loop.running()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return loop.call(() -> loop.roster().queueNames().stream().map(loop.engine()::snapshot).toList());
    }

    /** KPIs per customer tier over the window. */
    public CompletableFuture<Map<CustomerTier, Kpis>> tierKpis() {
        if (!loop.running()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        return loop.call(() -> {
            Map<CustomerTier, Kpis> kpis = new EnumMap<>(CustomerTier.class);
            for (CustomerTier tier : CustomerTier.values()) {
                kpis.put(tier, loop.engine().tierKpis(tier));
            }
            return kpis;
        });
    }

    /** Every agent set up for calls, with their state now. */
    public CompletableFuture<List<AgentStatus>> agentBoard() {
        if (!loop.running()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return loop.call(() -> loop.roster().agentsTakingCalls(null).stream().map(loop.engine()::agentStatus).toList());
    }

    /** Every call in a queue, ringing an agent, connected or held, longest in the ACD first. */
    public CompletableFuture<List<LiveCall>> liveCalls() {
        if (!loop.running()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return loop.call(() -> StreamSupport.stream(loop.calls().spliterator(), false).filter(call -> call.queue != null)
                .map(ActiveCall::live).sorted(Comparator.comparing(LiveCall::offeredAt)).toList());
    }

    /** Rings a supervisor's device and joins them to a connected call: to listen, whisper or barge in. */
    public CompletableFuture<Optional<String>> spy(String callId, String supervisorDevice, SpyMode mode) {
        return loop.call(() -> {
            ActiveCall call = loop.callOrNull(callId);
            return call != null && call.answered;
        }).thenCompose(connected -> connected
                ? loop.pbx().spy(callId, supervisorDevice, mode).thenApply(AgentCommands::problemOf)
                : CompletableFuture.completedFuture(Optional.of("Call " + callId + " is not connected to an agent")));
    }
}
