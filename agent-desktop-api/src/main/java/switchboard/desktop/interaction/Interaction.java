package switchboard.desktop.interaction;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One call, from offer to wrap-up. */
@Entity
public class Interaction extends PanacheEntityBase {

    /** Who placed the call. */
    public enum Direction {
        INBOUND, OUTBOUND
    }

    /** How the call ended, or that it has not. */
    public enum Outcome {
        IN_PROGRESS, ANSWERED, ABANDONED, SHORT_ABANDONED, CONTAINED_IN_IVR, CALLBACK_REQUESTED, TRANSFERRED,
        NO_ANSWER, BUSY, MACHINE, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The PBX's call id (prefixed by the PBX id), unique across PBXs. */
    public String callId;
    @Enumerated(EnumType.STRING)
    public Direction direction;
    public Long customerId;
    public Long agentId;
    public Long queueId;
    /** The caller's number as the PBX reported it. */
    public String ani;
    public Instant offeredAt;
    public Instant answeredAt;
    public Instant endedAt;
    public Integer waitSeconds;
    public Integer talkSeconds;
    public Integer holdSeconds;
    public Integer wrapSeconds;
    /** Agents rung in vain (RONA) before the call was answered or lost. */
    public int ronaCount;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public String disposition;
    public String notes;
    public String ivrPath;
    public String routingExplanation;
    public String campaign;

    /** The interaction of a call (its current part, for a transferred call), or null. */
    public static Interaction byCallId(String callId) {
        return find("callId", callId).firstResult();
    }

    /** An agent's part of a call: the call's interaction, or the part they transferred; or null. */
    public static Interaction legOf(String callId, long agentId) {
        return Interaction.<Interaction>find("(callId = ?1 or callId like ?2) and agentId = ?3 order by offeredAt desc",
                callId, callId + "/%", agentId).firstResult();
    }
}
