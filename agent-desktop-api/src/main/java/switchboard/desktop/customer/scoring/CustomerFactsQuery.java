package switchboard.desktop.customer.scoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads {@link CustomerFacts} for one customer or all, as of an instant, in one statement. */
final class CustomerFactsQuery {

    private static final String SQL = """
            with p as (
                select customer_id,
                       sum(amount) filter (where occurred_at > ? - interval '12 months') as monetary,
                       count(*) filter (where occurred_at > ? - interval '12 months') as purchases,
                       max(occurred_at) as last_at
                  from purchase where occurred_at <= ? %1$s group by customer_id),
            u as (
                select a.customer_id,
                       sum(m.units) filter (where m.month >= ? and m.month < ?) as recent,
                       sum(m.units) filter (where m.month >= ? and m.month < ?) as prior
                  from monthly_usage m join account a on a.id = m.account_id %2$s group by a.customer_id),
            k as (
                select customer_id,
                       count(*) filter (where kind = 'COMPLAINT' and status in ('OPEN', 'PENDING')) as open_count,
                       count(*) filter (where kind = 'COMPLAINT' and opened_at > ? - interval '90 days') as recent_count
                  from support_case where true %1$s group by customer_id)
            select c.id, coalesce(p.monetary, 0), coalesce(p.purchases, 0),
                   coalesce(floor(extract(epoch from (? - p.last_at)) / 86400)::int, -1),
                   coalesce(u.recent, 0), coalesce(u.prior, 0), coalesce(k.open_count, 0), coalesce(k.recent_count, 0)
              from customer c
              left join p on p.customer_id = c.id
              left join u on u.customer_id = c.id
              left join k on k.customer_id = c.id
             where true %3$s
             order by c.id
            """;

    private CustomerFactsQuery() {
    }

    static List<CustomerFacts> all(Connection connection, Instant asOf) throws SQLException {
        return run(connection, asOf, null);
    }

    static List<CustomerFacts> one(Connection connection, Instant asOf, long customerId) throws SQLException {
        return run(connection, asOf, customerId);
    }

    private static List<CustomerFacts> run(Connection connection, Instant asOf, Long customerId) throws SQLException {
        String sql = customerId == null ? SQL.formatted("", "", "")
                : SQL.formatted("and customer_id = ?", "where a.customer_id = ?", "and c.id = ?");
        OffsetDateTime at = asOf.atOffset(ZoneOffset.UTC);
        LocalDate thisMonth = at.toLocalDate().withDayOfMonth(1);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 0;
            statement.setObject(++i, at);
            statement.setObject(++i, at);
            statement.setObject(++i, at);
            i = bindCustomer(statement, i, customerId);
            statement.setObject(++i, thisMonth.minusMonths(3));
            statement.setObject(++i, thisMonth);
            statement.setObject(++i, thisMonth.minusMonths(6));
            statement.setObject(++i, thisMonth.minusMonths(3));
            i = bindCustomer(statement, i, customerId);
            statement.setObject(++i, at);
            i = bindCustomer(statement, i, customerId);
            statement.setObject(++i, at);
            bindCustomer(statement, i, customerId);
            return read(statement);
        }
    }

    private static int bindCustomer(PreparedStatement statement, int index, Long customerId) throws SQLException {
        if (customerId == null) {
            return index;
        }
        statement.setLong(index + 1, customerId);
        return index + 1;
    }

    private static List<CustomerFacts> read(PreparedStatement statement) throws SQLException {
        List<CustomerFacts> facts = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                facts.add(new CustomerFacts(rs.getLong(1), rs.getDouble(2), rs.getInt(3), rs.getInt(4), rs.getLong(5),
                        rs.getLong(6), rs.getInt(7), rs.getInt(8)));
            }
        }
        return facts;
    }
}
