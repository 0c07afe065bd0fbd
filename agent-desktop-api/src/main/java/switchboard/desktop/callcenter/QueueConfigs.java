package switchboard.desktop.callcenter;

import java.util.List;

import switchboard.desktop.queue.RoutingQueue;
import switchboard.routing.QueueConfig;
import switchboard.routing.RelaxationStep;
import switchboard.routing.SkillRequirement;
import switchboard.routing.Strategy;

/** A stored queue as the routing engine takes it. */
public final class QueueConfigs {

    /** The engine waits this much longer than the dialplan's Dial, so the PBX's no-answer drives RONA. */
    static final int RING_MARGIN_SECONDS = 5;
    /** Callers who hang up within this are short abandons, left out of the service level. */
    static final int SHORT_ABANDON_SECONDS = 5;

    private QueueConfigs() {
    }

    /**
     * The engine's configuration of a stored queue, inside the transaction that read it.
     *
     * @throws IllegalArgumentException when the engine would refuse it (relaxation steps out of order)
     */
    public static QueueConfig of(RoutingQueue q) {
        List<SkillRequirement> required = q.requiredSkills.stream()
                .map(r -> new SkillRequirement(r.skill.name, r.minProficiency)).toList();
        List<RelaxationStep> steps = q.relaxationSteps.stream()
                .map(s -> new RelaxationStep(s.afterSeconds, s.lowerProficiencyBy, s.droppedSkills())).toList();
        return new QueueConfig(q.name, required, q.basePriority, QueueConfig.defaultTierBoosts(), 1.0, steps,
                q.slThresholdSeconds, q.slTargetPercent, q.maxWaitSeconds == null ? 0 : q.maxWaitSeconds,
                q.overflowQueue == null ? null : q.overflowQueue.name, q.wrapUpSeconds,
                q.ringTimeoutSeconds + RING_MARGIN_SECONDS, SHORT_ABANDON_SECONDS, Strategy.VALUE_MATCHED);
    }
}
