package db.migration.common;

import java.sql.SQLException;
import java.sql.Statement;
import org.openiro.persistence.shared.PostgreSqlOnlyMigration;

/**
 * An audit trail anyone could edit proves nothing: on PostgreSQL, a trigger refuses every UPDATE and DELETE of it,
 * whoever asks. H2, the embedded default for trying the service, is left as it is. A Java migration because Flyway
 * itself has no per-database locations.
 */
public class V3__Audit_is_append_only extends PostgreSqlOnlyMigration {

    @Override
    protected void migrate(Statement statement) throws SQLException {
        statement.execute("""
                CREATE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$
                BEGIN
                    RAISE EXCEPTION 'the audit trail is append-only';
                END;
                $$ LANGUAGE plpgsql""");
        statement.execute("""
                CREATE TRIGGER audit_event_append_only
                    BEFORE UPDATE OR DELETE ON audit_event
                    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()""");
    }
}
