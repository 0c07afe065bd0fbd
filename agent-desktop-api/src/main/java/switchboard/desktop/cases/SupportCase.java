package switchboard.desktop.cases;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A complaint, request or incident. Open complaints raise churn risk. */
@Entity
public class SupportCase extends PanacheEntityBase {

    /** What the customer raised. */
    public enum Kind {
        COMPLAINT, REQUEST, INCIDENT
    }

    /** Where the case stands; OPEN and PENDING count as open. */
    public enum Status {
        OPEN, PENDING, RESOLVED, CLOSED
    }

    /** How soon it must be dealt with. */
    public enum Priority {
        LOW, NORMAL, HIGH, URGENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long customerId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String subject;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Enumerated(EnumType.STRING)
    public Priority priority;
    public Instant openedAt;
    public LocalDate dueDate;
    public Instant closedAt;
}
