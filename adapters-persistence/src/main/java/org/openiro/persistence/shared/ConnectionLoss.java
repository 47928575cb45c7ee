package org.openiro.persistence.shared;

import io.micronaut.data.connection.exceptions.ConnectionException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Whether a failure was the database connection going away, whatever the driver or pool wrapped it in. */
final class ConnectionLoss {

    /**
     * PostgreSQL's "terminating connection due to administrator command" ({@code pg_terminate_backend}), a crash and a
     * server starting or stopping; class 08 (connection exceptions) is checked apart.
     */
    private static final Set<String> LOST = Set.of("57P01", "57P02", "57P03");

    private ConnectionLoss() {
    }

    static boolean in(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            // Micronaut's own: a connection that could not be had, set up or handed back (as when the pool has
            // already closed one the database ended, and the transaction's end cannot reset it).
            if (at instanceof SQLTransientConnectionException || at instanceof SQLNonTransientConnectionException
                    || at instanceof ConnectionException) {
                return true;
            }
            if (at instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    String state = next.getSQLState();
                    if (state != null && (state.startsWith("08") || LOST.contains(state))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
