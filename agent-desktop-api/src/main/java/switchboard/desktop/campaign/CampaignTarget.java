package switchboard.desktop.campaign;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One number to call in a campaign, and how far its calling has come. */
@Entity
public class CampaignTarget extends PanacheEntityBase {

    /** Where it stands. */
    public enum Status {
        /** To be called (again, from {@link CampaignTarget#nextAttemptAt}). */
        PENDING,
        /** A call is under way. */
        DIALING,
        /** Reached and dispositioned. */
        DONE,
        /** Out of attempts. */
        EXHAUSTED,
        /** Never to be called in this campaign: do-not-call, no consent. */
        BLOCKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long campaignId;
    public Long customerId;
    public String phone;
    public String timeZone;
    public double priority;
    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;
    public int attempts;
    public Instant nextAttemptAt;
    public String lastOutcome;
}
