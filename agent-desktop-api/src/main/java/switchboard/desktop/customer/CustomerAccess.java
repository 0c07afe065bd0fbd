package switchboard.desktop.customer;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import switchboard.desktop.auth.CurrentUser;

/**
 * Which customers the caller may see: all for supervisors and administrators; for an agent,
 * those they handled a call with and those they created.
 */
@RequestScoped
class CustomerAccess {

    /** A JPQL condition on alias {@code c}, true for customers an agent serves. */
    static final String SERVED_BY_AGENT = "(c.createdBy = :username or c.id in "
            + "(select i.customerId from Interaction i where i.agentId = :agentId))";

    private final CurrentUser user;

    CustomerAccess(CurrentUser user) {
        this.user = user;
    }

    boolean unrestricted() {
        return user.seesEverything();
    }

    /** The parameters of {@link #SERVED_BY_AGENT} for this caller. */
    Map<String, Object> parameters() {
        return Map.of("username", user.username(), "agentId", user.agentId().orElse(-1L));
    }

    boolean maySee(Customer customer) {
        return unrestricted() || user.username().equals(customer.createdBy)
                || user.agentId().map(agent -> Customer.count(
                        "from Customer c where c.id = :id and c.id in (select i.customerId from Interaction i "
                                + "where i.agentId = :agentId)",
                        Map.of("id", customer.id, "agentId", agent)) > 0).orElse(false);
    }

    String username() {
        return user.username();
    }
}
