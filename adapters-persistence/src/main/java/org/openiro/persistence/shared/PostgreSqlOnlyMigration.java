package org.openiro.persistence.shared;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration of what only PostgreSQL has (triggers in PL/pgSQL, grants, covering and partial indexes, a table's
 * fillfactor): on H2, the embedded database for trying the service, it does nothing, as the service asks none of it
 * there. Kept outside {@code db.migration} so that Flyway does not take it for a migration itself.
 */
public abstract class PostgreSqlOnlyMigration extends BaseJavaMigration {

    @Override
    public final void migrate(Context context) throws Exception {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            migrate(statement);
        }
    }

    /** The migration's statements, on PostgreSQL only, in Flyway's transaction. */
    protected abstract void migrate(Statement statement) throws SQLException;
}
