package switchboard.desktop.dnc;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.customer.Customer;

/** The do-not-call lists: a customer's request takes effect at once, for every campaign. */
@ApplicationScoped
public class DoNotCallList {

    private final Clock clock;

    DoNotCallList(Clock clock) {
        this.clock = clock;
    }

    /** The customer asked not to be called: their number goes on the internal list, and the customer is marked. */
    @Transactional
    public void customerAsked(String phone, Long customerId) {
        if (phone != null && DncEntry.count("phone = ?1 and source = ?2", phone, DncEntry.INTERNAL) == 0) {
            DncEntry entry = new DncEntry();
            entry.phone = phone;
            entry.source = DncEntry.INTERNAL;
            entry.addedAt = clock.instant();
            entry.persist();
        }
        if (customerId != null) {
            Customer.<Customer>findByIdOptional(customerId).ifPresent(c -> c.doNotCall = true);
        }
    }
}
