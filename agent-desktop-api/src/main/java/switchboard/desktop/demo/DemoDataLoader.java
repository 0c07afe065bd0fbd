package switchboard.desktop.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.auth.Passwords;
import switchboard.desktop.demo.DemoData.AgentRow;
import switchboard.desktop.demo.DemoData.QueueRow;
import switchboard.desktop.demo.DemoData.UserRow;

/** Writes a {@link DemoData} set into the database in one transaction, with JDBC batches. */
@ApplicationScoped
public class DemoDataLoader {

    private static final int BATCH = 1_000;
    private static final List<String> IDENTITY_TABLES = List.of("skill", "team", "agent", "routing_queue", "customer",
            "customer_phone", "account", "purchase", "monthly_usage", "support_case", "interaction", "app_user");

    private final DataSource dataSource;
    private final Passwords passwords;

    DemoDataLoader(DataSource dataSource, Passwords passwords) {
        this.dataSource = dataSource;
        this.passwords = passwords;
    }

    /** Binds one row to an insert statement. */
    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    @Transactional
    public void load(DemoData data, String password) {
        try (Connection connection = dataSource.getConnection()) {
            workforce(connection, data);
            customers(connection, data);
            String hash = passwords.hash(password);
            insert(connection, "insert into app_user (id, username, password_hash, agent_id) values (?, ?, ?, ?)",
                    data.users(), (s, u) -> {
                        s.setLong(1, u.id());
                        s.setString(2, u.username());
                        s.setString(3, hash);
                        setLong(s, 4, u.agentId());
                    });
            insert(connection, "insert into app_user_role (user_id, role) values (?, ?)", roles(data.users()),
                    (s, r) -> {
                        s.setLong(1, r.getKey());
                        s.setString(2, r.getValue());
                    });
            resetIdentities(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Loading demo data failed", e);
        }
    }

    private void workforce(Connection connection, DemoData data) throws SQLException {
        insert(connection, "insert into skill (id, name) values (?, ?)", data.skills(), (s, name) -> {
            s.setLong(1, data.skills().indexOf(name) + 1L);
            s.setString(2, name);
        });
        insert(connection, "insert into team (id, name) values (?, ?)", data.teams(), (s, name) -> {
            s.setLong(1, data.teams().indexOf(name) + 1L);
            s.setString(2, name);
        });
        insert(connection, "insert into agent (id, code, name, device_interface, team_id) values (?, ?, ?, ?, ?)",
                data.agents(), (s, a) -> {
                    s.setLong(1, a.id());
                    s.setString(2, a.code());
                    s.setString(3, a.name());
                    s.setString(4, "PJSIP/" + a.code());
                    s.setLong(5, data.teams().indexOf(a.team()) + 1L);
                });
        insert(connection, "insert into agent_skill (agent_id, skill_id, proficiency) values (?, ?, ?)",
                skillLevels(data.agents(), AgentRow::id, AgentRow::skills), skillBinder(data));
        insert(connection, "insert into routing_queue (id, name, description, base_priority, sl_target_percent,"
                + " sl_threshold_seconds, wrap_up_seconds, ring_timeout_seconds, max_wait_seconds)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", data.queues(), (s, q) -> {
                    s.setLong(1, q.id());
                    s.setString(2, q.name());
                    s.setString(3, q.description());
                    s.setInt(4, q.basePriority());
                    s.setInt(5, q.slTargetPercent());
                    s.setInt(6, q.slThresholdSeconds());
                    s.setInt(7, q.wrapUpSeconds());
                    s.setInt(8, q.ringTimeoutSeconds());
                    s.setObject(9, q.maxWaitSeconds(), Types.INTEGER);
                });
        insert(connection, "update routing_queue set overflow_queue_id = (select id from routing_queue where name = ?)"
                + " where id = ?", data.queues().stream().filter(q -> q.overflowQueue() != null).toList(), (s, q) -> {
                    s.setString(1, q.overflowQueue());
                    s.setLong(2, q.id());
                });
        insert(connection, "insert into queue_skill (queue_id, skill_id, min_proficiency) values (?, ?, ?)",
                skillLevels(data.queues(), QueueRow::id, QueueRow::skills), skillBinder(data));
        List<Object[]> steps = new ArrayList<>();
        data.queues().forEach(q -> {
            for (int i = 0; i < q.steps().size(); i++) {
                steps.add(new Object[] { q.id(), i + 1, q.steps().get(i) });
            }
        });
        insert(connection, "insert into queue_relaxation_step (queue_id, step_number, after_seconds,"
                + " lower_proficiency_by, drop_skills) values (?, ?, ?, ?, ?)", steps, (s, row) -> {
                    DemoData.StepRow step = (DemoData.StepRow) row[2];
                    s.setLong(1, (Long) row[0]);
                    s.setInt(2, (Integer) row[1]);
                    s.setInt(3, step.afterSeconds());
                    s.setInt(4, step.lowerProficiencyBy());
                    s.setString(5, step.dropSkills());
                });
        insert(connection, "insert into disposition_code (queue_id, code, label, schedules_callback, position)"
                + " select id, ?, ?, ?, ? from routing_queue where name = 'retention'", DemoWorkforce.RETENTION_CODES,
                (s, code) -> {
                    s.setString(1, code[0]);
                    s.setString(2, code[1]);
                    s.setBoolean(3, Boolean.parseBoolean(code[2]));
                    s.setInt(4, DemoWorkforce.RETENTION_CODES.indexOf(code) + 1);
                });
    }

    private void customers(Connection connection, DemoData data) throws SQLException {
        insert(connection, "insert into customer (id, first_name, last_name, email, language, time_zone, country,"
                + " segment, consent_phone, consent_sms, consent_email, do_not_call)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", data.customers(), (s, c) -> {
                    s.setLong(1, c.id());
                    s.setString(2, c.firstName());
                    s.setString(3, c.lastName());
                    s.setString(4, c.email());
                    s.setString(5, c.language());
                    s.setString(6, c.timeZone());
                    s.setString(7, c.country());
                    s.setString(8, c.segment());
                    s.setBoolean(9, c.consentPhone());
                    s.setBoolean(10, c.consentSms());
                    s.setBoolean(11, c.consentEmail());
                    s.setBoolean(12, c.doNotCall());
                });
        List<Object[]> phones = new ArrayList<>();
        data.customers().forEach(c -> {
            for (int i = 0; i < c.phones().size(); i++) {
                phones.add(new Object[] { c.id(), c.phones().get(i), i == 0 ? "MOBILE" : "HOME" });
            }
        });
        insert(connection, "insert into customer_phone (customer_id, e164, kind) values (?, ?, ?)", phones,
                (s, p) -> {
                    s.setLong(1, (Long) p[0]);
                    s.setString(2, (String) p[1]);
                    s.setString(3, (String) p[2]);
                });
        insert(connection, "insert into account (id, customer_id, account_number, product, monthly_revenue, start_date,"
                + " status) values (?, ?, ?, ?, ?, ?, ?)", data.accounts(), (s, a) -> {
                    s.setLong(1, a.id());
                    s.setLong(2, a.customerId());
                    s.setString(3, a.accountNumber());
                    s.setString(4, a.product());
                    s.setDouble(5, a.monthlyRevenue());
                    s.setDate(6, Date.valueOf(a.startDate()));
                    s.setString(7, a.status());
                });
        insert(connection, "insert into purchase (customer_id, account_id, occurred_at, amount, kind)"
                + " values (?, ?, ?, ?, ?)", data.purchases(), (s, p) -> {
                    s.setLong(1, p.customerId());
                    s.setLong(2, p.accountId());
                    s.setTimestamp(3, Timestamp.from(p.occurredAt()));
                    s.setDouble(4, p.amount());
                    s.setString(5, p.kind());
                });
        insert(connection, "insert into monthly_usage (account_id, month, units) values (?, ?, ?)", data.usage(),
                (s, u) -> {
                    s.setLong(1, u.accountId());
                    s.setDate(2, Date.valueOf(u.month()));
                    s.setInt(3, u.units());
                });
        insert(connection, "insert into support_case (customer_id, kind, subject, status, priority, opened_at, due_date,"
                + " closed_at) values (?, ?, ?, ?, ?, ?, ?, ?)", data.cases(), (s, c) -> {
                    s.setLong(1, c.customerId());
                    s.setString(2, c.kind());
                    s.setString(3, c.subject());
                    s.setString(4, c.status());
                    s.setString(5, c.priority());
                    s.setTimestamp(6, Timestamp.from(c.openedAt()));
                    setDate(s, 7, c.dueDate());
                    setTimestamp(s, 8, c.closedAt());
                });
        insert(connection, "insert into interaction (call_id, direction, customer_id, agent_id, queue_id, ani,"
                + " offered_at, answered_at, ended_at, wait_seconds, talk_seconds, wrap_seconds, outcome, disposition,"
                + " notes, ivr_path) values (?, 'INBOUND', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                data.interactions(), (s, i) -> {
                    s.setString(1, i.callId());
                    s.setLong(2, i.customerId());
                    setLong(s, 3, i.agentId());
                    s.setLong(4, i.queueId());
                    s.setString(5, i.ani());
                    s.setTimestamp(6, Timestamp.from(i.offeredAt()));
                    setTimestamp(s, 7, i.answeredAt());
                    setTimestamp(s, 8, i.endedAt());
                    s.setInt(9, i.waitSeconds());
                    s.setObject(10, i.talkSeconds(), Types.INTEGER);
                    s.setObject(11, i.wrapSeconds(), Types.INTEGER);
                    s.setString(12, i.outcome());
                    s.setString(13, i.disposition());
                    s.setString(14, i.notes());
                    s.setString(15, i.ivrPath());
                });
    }

    private static <T> void insert(Connection connection, String sql, List<T> rows, Binder<T> binder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            statement.executeBatch();
        }
    }

    private static void resetIdentities(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : IDENTITY_TABLES) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'),"
                        + " coalesce((select max(id) from " + table + "), 0) + 1, false)");
            }
        }
    }

    /** (owner id, skill name, level) triples from rows holding skill maps. */
    private static <T> List<Object[]> skillLevels(List<T> owners, ToLongFunction<T> id,
            Function<T, Map<String, Integer>> skills) {
        List<Object[]> levels = new ArrayList<>();
        owners.forEach(o -> skills.apply(o).forEach((name, level) -> levels.add(new Object[] { id.applyAsLong(o),
                name, level })));
        return levels;
    }

    private static Binder<Object[]> skillBinder(DemoData data) {
        return (s, row) -> {
            s.setLong(1, (Long) row[0]);
            s.setLong(2, data.skills().indexOf((String) row[1]) + 1L);
            s.setInt(3, (Integer) row[2]);
        };
    }

    private static List<Map.Entry<Long, String>> roles(List<UserRow> users) {
        return users.stream().flatMap(u -> u.roles().stream().map(r -> Map.entry(u.id(), r))).toList();
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        s.setObject(index, value, Types.BIGINT);
    }

    private static void setDate(PreparedStatement s, int index, LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(value));
        }
    }

    private static void setTimestamp(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.TIMESTAMP);
        } else {
            s.setTimestamp(index, Timestamp.from(value));
        }
    }
}
