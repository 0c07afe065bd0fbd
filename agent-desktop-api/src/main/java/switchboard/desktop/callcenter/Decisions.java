package switchboard.desktop.callcenter;

import java.time.Instant;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import switchboard.desktop.agent.AgentStateFact;
import switchboard.desktop.calllog.InteractionFact;
import switchboard.desktop.record.Recorder;
import switchboard.routing.AgentState;
import switchboard.routing.AgentStatus;
import switchboard.routing.Assignment;
import switchboard.routing.QueueConfig;
import switchboard.routing.RoutingExplanation;
import switchboard.routing.RoutingListener;

/**
 * Carries out the routing engine's decisions, on the loop: an assignment pops the customer on
 * the agent's desktop from what is in memory and rings the agent's phone at once; state changes
 * reach the desktop and the records. Nothing here waits: the pop goes to the outbox, the ring
 * to the bridge's threads, the records to the recorder.
 */
@ApplicationScoped
class Decisions implements RoutingListener {

    private static final Logger LOG = Logger.getLogger(Decisions.class);

    private final CallLoop loop;
    private final DesktopOutbox desks;
    private final Recorder recorder;
    private final ObjectMapper json;

    Decisions(CallLoop loop, DesktopOutbox desks, Recorder recorder, ObjectMapper json) {
        this.loop = loop;
        this.desks = desks;
        this.recorder = recorder;
        this.json = json;
    }

    @Override
    public void assigned(Assignment assignment) {
        ActiveCall call = loop.call(assignment.callId());
        RosterAgent agent = loop.roster().agent(assignment.agentId());
        call.agent = assignment.agentId();
        desks.send(agent.code(), ScreenPop.of(assignment, call, loop.roster().dispositionCodes(assignment.queue()),
                loop.hooks().answersOnDesktop(), Instant.now()));
        loop.pbx().redirectToAgent(assignment.callId(), agent.device(),
                assignment.ringTimeoutSeconds() - QueueConfigs.RING_MARGIN_SECONDS).thenAccept(result -> {
                    if (!result.success()) {
                        LOG.warnf("Could not ring %s for %s: %s", agent.code(), assignment.callId(), result.message());
                    }
                });
        recorder.emit(new InteractionFact.Assigned(assignment.callId(), agent.id(), write(assignment.explanation()),
                Instant.now()));
    }

    @Override
    public void ronaRequeued(String callId, String agentId) {
        recorder.emit(new InteractionFact.RingNoAnswer(callId));
    }

    @Override
    public void overflowed(String callId, String fromQueue, String toQueue) {
        loop.call(callId).queue = toQueue;
    }

    @Override
    public void agentStateChanged(AgentStatus status) {
        desks.send(status.agentId(), stateMessage(status));
        RosterAgent agent = loop.roster().agent(status.agentId());
        if (agent != null) {
            recorder.emit(new AgentStateFact(agent.id(), status.state().name(), status.reason(), status.callId(),
                    Instant.ofEpochMilli(status.sinceMillis())));
        }
        loop.hooks().stateChanged(status);
    }

    /** The agent's state as their desktop shows it: in wrap-up, with when the queue's wrap-up time runs out. */
    DesktopMessage.AgentState stateMessage(AgentStatus status) {
        ActiveCall call = status.state() == AgentState.WRAP_UP ? loop.callOrNull(status.callId()) : null;
        String queueName = call != null ? call.queue : status.state() == AgentState.WRAP_UP
                ? loop.openLegs().find(status.agentId(), status.callId()).map(OpenLegs.Leg::queue).orElse(null) : null;
        QueueConfig queue = queueName == null ? null : loop.roster().queue(queueName);
        String wrapUpEndsAt = queue == null ? null
                : Instant.ofEpochMilli(status.sinceMillis() + queue.wrapUpSeconds() * 1000L).toString();
        return new DesktopMessage.AgentState(status.state().name(), status.reason(),
                Instant.ofEpochMilli(status.sinceMillis()).toString(), status.callId(), wrapUpEndsAt);
    }

    private String write(RoutingExplanation explanation) {
        try {
            return json.writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            return explanation.toString();
        }
    }
}
