package switchboard.desktop.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import switchboard.desktop.callcenter.CallCenter;
import switchboard.desktop.callcenter.RoutedQueue;
import switchboard.desktop.problem.InvalidInputProblem;
import switchboard.desktop.queue.RelaxationStep;
import switchboard.desktop.queue.RequiredSkill;
import switchboard.desktop.queue.RoutingQueue;

/**
 * Queues: what their calls need, their targets and timings, relaxation and overflow. A change is
 * stored, then routing follows it before the method returns: calls waiting in the queue stay and
 * are routed by the new rules.
 */
@ApplicationScoped
public class QueueAdmin {

    private final CallCenter callCenter;
    private final LiveChange live;

    QueueAdmin(CallCenter callCenter, LiveChange live) {
        this.callCenter = callCenter;
        this.live = live;
    }

    /** A relaxation step: after this wait, proficiencies lowered and some skills no longer required. */
    public record Step(@Min(1) int afterSeconds, @Min(0) @Max(4) int lowerProficiencyBy, Set<String> dropSkills) {
    }

    /** What an administrator sets of a queue. */
    public record QueueFields(@Size(max = 200) String description,
            @Min(-100) @Max(100) int basePriority,
            @Min(1) @Max(100) int slTargetPercent,
            @Min(1) @Max(3600) int slThresholdSeconds,
            @Min(0) @Max(3600) int wrapUpSeconds,
            @Min(5) @Max(300) int ringTimeoutSeconds,
            @Min(10) @Max(86400) Integer maxWaitSeconds,
            @Size(max = 32) String overflowQueue,
            @NotNull Map<@NotBlank String, @NotNull @Min(value = 1, message = "proficiency runs from 1 to 5")
                    @Max(value = 5, message = "proficiency runs from 1 to 5") Integer> requiredSkills,
            @NotNull List<@NotNull @Valid Step> steps) {
    }

    /** A queue as administrators see it. */
    public record QueueView(String name, @JsonUnwrapped QueueFields fields) {

        static QueueView of(RoutingQueue q) {
            Map<String, Integer> required = new LinkedHashMap<>();
            q.requiredSkills.forEach(r -> required.put(r.skill.name, r.minProficiency));
            List<Step> steps = q.relaxationSteps.stream()
                    .map(s -> new Step(s.afterSeconds, s.lowerProficiencyBy, s.droppedSkills())).toList();
            return new QueueView(q.name, new QueueFields(q.description, q.basePriority, q.slTargetPercent,
                    q.slThresholdSeconds, q.wrapUpSeconds, q.ringTimeoutSeconds, q.maxWaitSeconds,
                    q.overflowQueue == null ? null : q.overflowQueue.name, required, steps));
        }
    }

    public List<QueueView> all() {
        return QuarkusTransaction.requiringNew().call(() -> RoutingQueue.<RoutingQueue>list("order by name").stream()
                .map(QueueView::of).toList());
    }

    /**
     * Creates the queue, or replaces its settings when it exists (unless {@code onlyIfNew}).
     *
     * @return the queue, and whether it was created
     */
    public LiveChange.Saved<QueueView> put(String name, QueueFields fields, boolean onlyIfNew) {
        return live.apply(() -> {
            RoutingQueue queue = RoutingQueue.find("name", name).firstResult();
            boolean created = queue == null;
            if (!created && onlyIfNew) {
                throw new InvalidInputProblem("name", "queue '" + name + "' exists already");
            }
            if (created) {
                queue = new RoutingQueue();
                queue.name = name;
            }
            set(queue, fields);
            queue.persist();
            return stored(queue, created, callCenter);
        });
    }

    private static LiveChange.Stored<QueueView> stored(RoutingQueue queue, boolean created, CallCenter callCenter) {
        RoutedQueue routed = RoutedQueue.of(queue);
        return new LiveChange.Stored<>(QueueView.of(queue), created, () -> callCenter.queueChanged(routed));
    }

    private static void set(RoutingQueue queue, QueueFields fields) {
        queue.description = fields.description();
        queue.basePriority = fields.basePriority();
        queue.slTargetPercent = fields.slTargetPercent();
        queue.slThresholdSeconds = fields.slThresholdSeconds();
        queue.wrapUpSeconds = fields.wrapUpSeconds();
        queue.ringTimeoutSeconds = fields.ringTimeoutSeconds();
        setOverflow(queue, fields.maxWaitSeconds(), fields.overflowQueue());
        List<RequiredSkill> required = new ArrayList<>();
        fields.requiredSkills().forEach((skill, level) -> {
            RequiredSkill r = new RequiredSkill();
            r.skill = Catalogue.skill(skill, "requiredSkills");
            r.minProficiency = level;
            required.add(r);
        });
        queue.requiredSkills.clear();
        queue.requiredSkills.addAll(required);
        queue.relaxationSteps.clear();
        queue.relaxationSteps.addAll(steps(fields));
    }

    /** Both or neither; never to itself or round a loop back to it. */
    private static void setOverflow(RoutingQueue queue, Integer maxWaitSeconds, String overflowName) {
        boolean overflow = overflowName != null && !overflowName.isBlank();
        if (overflow != (maxWaitSeconds != null)) {
            throw new InvalidInputProblem("overflowQueue", "give both the maximum wait and the queue to overflow to, or neither");
        }
        if (!overflow) {
            queue.maxWaitSeconds = null;
            queue.overflowQueue = null;
            return;
        }
        RoutingQueue target = RoutingQueue.find("name", overflowName).firstResult();
        if (target == null) {
            throw new InvalidInputProblem("overflowQueue", "no queue '" + overflowName + "'");
        }
        Set<String> passed = new HashSet<>();
        for (RoutingQueue next = target; next != null && passed.add(next.name); next = next.overflowQueue) {
            if (next.name.equals(queue.name)) {
                throw new InvalidInputProblem("overflowQueue", "calls would overflow round in a loop back to " + queue.name);
            }
        }
        queue.maxWaitSeconds = maxWaitSeconds;
        queue.overflowQueue = target;
    }

    private static List<RelaxationStep> steps(QueueFields fields) {
        List<RelaxationStep> steps = new ArrayList<>();
        int previous = 0;
        for (Step step : fields.steps()) {
            if (step.afterSeconds() <= previous) {
                throw new InvalidInputProblem("steps", "each relaxation step must come later than the one before");
            }
            Set<String> dropped = step.dropSkills() == null ? Set.of() : step.dropSkills();
            if (!fields.requiredSkills().keySet().containsAll(dropped)) {
                throw new InvalidInputProblem("steps", "a step can drop only skills the queue requires");
            }
            RelaxationStep row = new RelaxationStep();
            row.stepNumber = steps.size() + 1;
            row.afterSeconds = step.afterSeconds();
            row.lowerProficiencyBy = step.lowerProficiencyBy();
            row.dropSkills(dropped);
            steps.add(row);
            previous = step.afterSeconds();
        }
        return steps;
    }
}
