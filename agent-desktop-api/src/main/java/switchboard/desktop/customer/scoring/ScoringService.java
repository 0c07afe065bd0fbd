package switchboard.desktop.customer.scoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Scores customers: all of them (fitting a new {@link ValueModel}) or one against the stored model.
 */
@ApplicationScoped
public class ScoringService {

    private static final Logger LOG = Logger.getLogger(ScoringService.class);
    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;
    private final TierPolicy tiers;

    ScoringService(DataSource dataSource, ObjectMapper json, Clock clock, ValueConfig config) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
        this.tiers = TierPolicy.of(config);
    }

    /** What a full run did. */
    public record RunSummary(int customers, Instant at) {
    }

    /** Refits the value model on every customer and rescores them all. */
    @Transactional
    public RunSummary scoreAll() {
        Instant at = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            List<CustomerFacts> population = CustomerFactsQuery.all(connection, at);
            if (population.isEmpty()) {
                return new RunSummary(0, at);
            }
            ValueModel model = ValueModel.fit(population);
            saveModel(connection, model, population.size(), at);
            write(connection, population, model, at);
            LOG.infof("Scored %d customers", population.size());
            return new RunSummary(population.size(), at);
        } catch (SQLException e) {
            throw new IllegalStateException("Scoring run failed", e);
        }
    }

    /**
     * Rescores one customer against the model of the last full run (running one first if there
     * has been none).
     */
    @Transactional
    public void score(long customerId) {
        Instant at = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            Optional<ValueModel> model = loadModel(connection);
            if (model.isEmpty()) {
                scoreAll();
                return;
            }
            write(connection, CustomerFactsQuery.one(connection, at, customerId), model.get(), at);
        } catch (SQLException e) {
            throw new IllegalStateException("Scoring customer " + customerId + " failed", e);
        }
    }

    /** The customer's current facts, for the 360 view. */
    @Transactional
    public Optional<CustomerFacts> facts(long customerId) {
        try (Connection connection = dataSource.getConnection()) {
            return CustomerFactsQuery.one(connection, clock.instant(), customerId).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the facts of customer " + customerId + " failed", e);
        }
    }

    private void write(Connection connection, List<CustomerFacts> facts, ValueModel model, Instant at)
            throws SQLException {
        String sql = "update customer set value_score = ?, value_tier = ?, value_factors = ?::jsonb, churn_risk = ?,"
                + " churn_factors = ?::jsonb, rfm_recency = ?, rfm_frequency = ?, rfm_monetary = ?, scored_at = ?"
                + " where id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int pending = 0;
            for (CustomerFacts f : facts) {
                ValueAssessment value = model.assess(f, tiers);
                ChurnAssessment churn = ChurnModel.assess(f);
                update.setDouble(1, value.score());
                update.setString(2, value.tier().name());
                update.setString(3, toJson(value.factors()));
                update.setDouble(4, churn.risk());
                update.setString(5, toJson(churn.factors()));
                update.setInt(6, value.rfm().recency());
                update.setInt(7, value.rfm().frequency());
                update.setInt(8, value.rfm().monetary());
                update.setTimestamp(9, Timestamp.from(at));
                update.setLong(10, f.customerId());
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
    }

    private void saveModel(Connection connection, ValueModel model, int population, Instant at) throws SQLException {
        String sql = "insert into value_model (id, computed_at, population, model) values (1, ?, ?, ?::jsonb)"
                + " on conflict (id) do update set computed_at = excluded.computed_at,"
                + " population = excluded.population, model = excluded.model";
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setTimestamp(1, Timestamp.from(at));
            upsert.setInt(2, population);
            upsert.setString(3, toJson(model));
            upsert.executeUpdate();
        }
    }

    private Optional<ValueModel> loadModel(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select model from value_model where id = 1");
                ResultSet rs = query.executeQuery()) {
            return rs.next() ? Optional.of(fromJson(rs.getString(1))) : Optional.empty();
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private ValueModel fromJson(String text) {
        try {
            return json.readValue(text, ValueModel.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored value model is unreadable; run a full scoring run", e);
        }
    }
}
