package switchboard.desktop.queue;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An outcome an agent may record for a call of a queue (or of any queue, when it has no queue). */
@Entity
public class DispositionCode extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne
    @JoinColumn(name = "queue_id")
    public RoutingQueue queue;

    public String code;
    public String label;
    /** Choosing it asks the agent when to call back, and schedules that callback. */
    public boolean schedulesCallback;
    public int position;

    /** A queue's own codes, or the shared ones when it has none, in their order. */
    public static List<DispositionCode> forQueue(Long queueId) {
        List<DispositionCode> own = queueId == null ? List.of()
                : list("queue.id = ?1 order by position", queueId);
        return own.isEmpty() ? list("queue is null order by position") : own;
    }
}
