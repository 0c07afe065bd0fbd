package switchboard.desktop.customer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import switchboard.desktop.customer.scoring.ChurnAssessment;
import switchboard.desktop.customer.scoring.Factor;
import switchboard.desktop.customer.scoring.ValueAssessment;
import switchboard.desktop.customer.scoring.ValueTier;

/** A customer, with the scores the last scoring run gave them. */
@Entity
public class Customer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String firstName;
    public String lastName;
    public String email;
    /** ISO 639-1, e.g. {@code en}. */
    public String language;
    /** IANA zone, e.g. {@code America/Chicago}. */
    public String timeZone;
    /** ISO 3166 region of the primary number. */
    public String country;
    public String segment;

    public boolean consentPhone;
    public boolean consentSms;
    public boolean consentEmail;
    public boolean doNotCall;

    public Double valueScore;
    @Enumerated(EnumType.STRING)
    public ValueTier valueTier;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Factor> valueFactors;
    public Double churnRisk;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Factor> churnFactors;
    public Integer rfmRecency;
    public Integer rfmFrequency;
    public Integer rfmMonetary;
    public Instant scoredAt;

    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<CustomerPhone> phones = new ArrayList<>();

    public void applyScores(ValueAssessment value, ChurnAssessment churn, Instant at) {
        valueScore = value.score();
        valueTier = value.tier();
        valueFactors = value.factors();
        rfmRecency = value.rfm().recency();
        rfmFrequency = value.rfm().frequency();
        rfmMonetary = value.rfm().monetary();
        churnRisk = churn.risk();
        churnFactors = churn.factors();
        scoredAt = at;
    }

    @PrePersist
    void created() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        updatedAt = Instant.now();
    }
}
