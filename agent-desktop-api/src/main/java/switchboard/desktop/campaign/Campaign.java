package switchboard.desktop.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import switchboard.desktop.agent.Team;
import switchboard.desktop.queue.RoutingQueue;

/** An outbound campaign: whom to call, what to say, who calls, how and when. */
@Entity
public class Campaign extends PanacheEntityBase {

    /** Where it stands; only a running campaign dials. */
    public enum Status {
        DRAFT, RUNNING, PAUSED, STOPPED
    }

    /**
     * Preview: the agent sees the customer first and dials. Progressive: one call per free agent.
     * Predictive: more calls than free agents, held under the abandon target.
     */
    public enum Mode {
        PREVIEW, PROGRESSIVE, PREDICTIVE
    }

    /** Whose rules: US (abandons over 30 days) or UK (over 24 hours; no redial 72 h after an abandon). */
    public enum Rules {
        US, UK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Enumerated(EnumType.STRING)
    public Mode mode;
    /** The agents who qualify for this queue work the campaign; its disposition codes apply. */
    @ManyToOne
    @JoinColumn(name = "queue_id")
    public RoutingQueue queue;
    /** Only this team's agents of the queue work the campaign; null for all of them. */
    @ManyToOne
    @JoinColumn(name = "team_id")
    public Team team;
    public String script;
    public String offer;
    public String callerId;
    public int maxAttempts;
    public int retryBusyMinutes;
    public int retryNoAnswerMinutes;
    public int retryMachineMinutes;
    /** The calling window, in the customer's local time. */
    public LocalTime windowStart;
    public LocalTime windowEnd;
    @Enumerated(EnumType.STRING)
    public Rules rules;
    public BigDecimal abandonTargetPercent;
    public int ringSeconds;
    /** UK: the share of answering-machine outcomes estimated to be people, counted as abandoned. */
    public BigDecimal amdFalsePositivePercent = BigDecimal.ZERO;
    /** The segment the targets came from, as asked for (JSON), for the record. */
    public String segment;
    public Instant createdAt;
}
