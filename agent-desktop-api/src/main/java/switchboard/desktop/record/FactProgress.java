package switchboard.desktop.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * How far each journal's facts are in the database: the sequence number of the last fact
 * applied, moved in the same transaction as the facts, so a batch tried again after a failure
 * whose commit did happen is recognised and not applied twice.
 */
@ApplicationScoped
class FactProgress {

    private final EntityManager entities;

    FactProgress(EntityManager entities) {
        this.entities = entities;
    }

    /** The last fact applied from this journal, locked until the transaction ends; 0 for a new journal. */
    long lockApplied(String journal) {
        entities.createNativeQuery("insert into record_progress (journal, applied_seq) values (?1, 0) "
                + "on conflict (journal) do nothing").setParameter(1, journal).executeUpdate();
        return ((Number) entities.createNativeQuery("select applied_seq from record_progress where journal = ?1 for update")
                .setParameter(1, journal).getSingleResult()).longValue();
    }

    void advance(String journal, long seq) {
        entities.createNativeQuery("update record_progress set applied_seq = ?2, applied_at = now() where journal = ?1")
                .setParameter(1, journal).setParameter(2, seq).executeUpdate();
    }

    /** Asks the database something trivial: whether it answers at all. */
    void ping() {
        entities.createNativeQuery("select 1").getSingleResult();
    }
}
