package switchboard.desktop.problem;

import java.sql.SQLException;

/**
 * Tells a failure of the database's reachability (connection refused or lost, no connection
 * to be had in time) from other failures: requests that need the database then answer 503 in
 * words, while calls, pops and agents' states go on without it.
 */
public final class DatabaseOutage {

    /** What a person is told when their request needs the database while it is away. */
    public static final String IN_WORDS = "The database cannot be reached just now, so this cannot be done; "
            + "calls, screen-pops and agents' states go on meanwhile. Please try again in a minute.";

    private DatabaseOutage() {
    }

    /** Whether the failure, or anything that caused it, says the database was not reachable. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout"))) {
                return true;
            }
            if (cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
