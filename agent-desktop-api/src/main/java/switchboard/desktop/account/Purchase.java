package switchboard.desktop.account;

import java.math.BigDecimal;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A transaction: a paid invoice or a one-off purchase. Feeds recency, frequency and monetary value. */
@Entity
public class Purchase extends PanacheEntityBase {

    /** What the customer paid for. */
    public enum Kind {
        INVOICE, ADD_ON, DEVICE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long customerId;
    public Long accountId;
    public Instant occurredAt;
    public BigDecimal amount;
    @Enumerated(EnumType.STRING)
    public Kind kind;
}
