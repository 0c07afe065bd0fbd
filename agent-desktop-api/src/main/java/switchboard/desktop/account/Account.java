package switchboard.desktop.account;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A subscription a customer holds, identified to callers by its account number. */
@Entity
public class Account extends PanacheEntityBase {

    /** Whether the subscription is running. */
    public enum Status {
        ACTIVE, SUSPENDED, CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long customerId;
    /** Digits only, so callers can key it in on the phone. */
    public String accountNumber;
    public String product;
    public BigDecimal monthlyRevenue;
    public LocalDate startDate;
    @Enumerated(EnumType.STRING)
    public Status status;
}
