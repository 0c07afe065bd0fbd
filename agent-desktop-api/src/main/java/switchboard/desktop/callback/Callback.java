package switchboard.desktop.callback;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A promise to call a customer at a time; with an agent, that agent should make the call. */
@Entity
public class Callback extends PanacheEntityBase {

    /** Where the promise was made. */
    public enum Source {
        DISPOSITION, IVR, API
    }

    /** Where it stands. */
    public enum Status {
        SCHEDULED, RELEASED, DONE, CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long customerId;
    public String phone;
    public Instant dueAt;
    public Long queueId;
    public Long agentId;
    @Enumerated(EnumType.STRING)
    public Source source;
    public String originCallId;
    public String notes;
    @Enumerated(EnumType.STRING)
    public Status status = Status.SCHEDULED;
    public Instant createdAt;
    /** Dialled this many times without reaching the customer. */
    public int attempts;
}
