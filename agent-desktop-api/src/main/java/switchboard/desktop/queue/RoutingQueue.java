package switchboard.desktop.queue;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

/** A routing target: where calls with one intent wait for an agent with the right skills. */
@Entity
public class RoutingQueue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;
    public String description;
    public int basePriority;
    /** Service level: this percentage of calls answered within {@link #slThresholdSeconds}. */
    public int slTargetPercent;
    public int slThresholdSeconds;
    public int wrapUpSeconds;
    public int ringTimeoutSeconds;
    /** After this long a call overflows to {@link #overflowQueue}; null for never. */
    public Integer maxWaitSeconds;

    @ManyToOne
    @JoinColumn(name = "overflow_queue_id")
    public RoutingQueue overflowQueue;

    @ElementCollection
    @CollectionTable(name = "queue_skill", joinColumns = @JoinColumn(name = "queue_id"))
    public List<RequiredSkill> requiredSkills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "queue_relaxation_step", joinColumns = @JoinColumn(name = "queue_id"))
    @OrderBy("stepNumber")
    public List<RelaxationStep> relaxationSteps = new ArrayList<>();
}
