package switchboard.desktop.customer;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The recent calls of a customer with the names of who took them and where they queued. */
@ApplicationScoped
class CustomerHistory {

    private final EntityManager em;

    CustomerHistory(EntityManager em) {
        this.em = em;
    }

    List<Customer360.InteractionLine> lastInteractions(long customerId, int limit) {
        return em.createQuery("""
                select i.callId, i.direction, i.offeredAt, a.name, q.name, i.outcome, i.talkSeconds, i.disposition,
                       i.notes
                  from Interaction i
                  left join Agent a on a.id = i.agentId
                  left join RoutingQueue q on q.id = i.queueId
                 where i.customerId = :customer
                 order by i.offeredAt desc, i.id desc
                """, Object[].class)
                .setParameter("customer", customerId)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Customer360.InteractionLine((String) row[0], row[1].toString(), (Instant) row[2],
                        (String) row[3], (String) row[4], row[5].toString(), (Integer) row[6], (String) row[7],
                        (String) row[8]))
                .toList();
    }
}
