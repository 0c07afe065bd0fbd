package switchboard.desktop.campaign;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The audit trail: one dial decision, allowed or blocked, why, the pacing then, and what came of it. */
@Entity
public class DialAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long campaignId;
    public Long targetId;
    public String phone;
    public Instant decidedAt;
    /** The customer's local time when decided, e.g. {@code 2026-11-22T10:15 America/Chicago}. */
    public String localTime;
    public boolean allowed;
    public String reason;
    public String pacing;
    public String callId;
    public String outcome;
    public Instant answeredAt;
    public Instant agentConnectedAt;
    /** Answered by a person and not connected to an agent within 2 s. */
    public boolean abandoned;
    public Instant endedAt;
}
