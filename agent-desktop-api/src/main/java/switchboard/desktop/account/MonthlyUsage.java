package switchboard.desktop.account;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** How much of a subscription was used in one calendar month (minutes, gigabytes: units). */
@Entity
public class MonthlyUsage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long accountId;
    /** The first day of the month. */
    public LocalDate month;
    public int units;
}
