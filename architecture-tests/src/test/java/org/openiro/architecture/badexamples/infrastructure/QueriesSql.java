package org.openiro.architecture.badexamples.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;

/** Rule 1a broken: a "domain" class that speaks JDBC. */
public final class QueriesSql {

    public boolean valid(Connection connection) throws SQLException {
        return connection.isValid(1);
    }
}
