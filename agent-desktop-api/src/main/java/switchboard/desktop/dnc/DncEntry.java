package switchboard.desktop.dnc;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A number not to call: from the internal list (a customer asked) or an imported external list. */
@Entity
public class DncEntry extends PanacheEntityBase {

    /** The source of entries made by customers' requests. */
    public static final String INTERNAL = "internal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String phone;
    public String source;
    public Instant addedAt;

    public static boolean listed(String phone) {
        return count("phone", phone) > 0;
    }
}
