package db.migration.common;

import java.sql.SQLException;
import java.sql.Statement;
import org.openiro.persistence.shared.PostgreSqlOnlyMigration;

/**
 * V3's row triggers refuse UPDATE and DELETE of the audit trail, but TRUNCATE fires no row trigger: one statement
 * emptied it. A statement-level trigger now refuses TRUNCATE too, and the access log (V60) gets the same three guards.
 * The guards stop anyone who is not the tables' owner; the owner could drop them, which is why the service should run
 * as a role that owns nothing (docs/postgresql-roles.sql). On H2, the embedded default for trying the service, as in
 * V3, nothing is added: H2 has no TRUNCATE trigger, and its one file belongs to the one process that runs it.
 */
public class V61__Audit_and_access_log_cannot_be_wiped extends PostgreSqlOnlyMigration {

    @Override
    protected void migrate(Statement statement) throws SQLException {
        statement.execute("""
                CREATE FUNCTION refuse_change_to_append_only() RETURNS trigger AS $$
                BEGIN
                    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
                END;
                $$ LANGUAGE plpgsql""");
        statement.execute("""
                CREATE TRIGGER audit_event_no_truncate
                    BEFORE TRUNCATE ON audit_event
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only()""");
        statement.execute("""
                CREATE TRIGGER access_log_append_only
                    BEFORE UPDATE OR DELETE ON access_log
                    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only()""");
        statement.execute("""
                CREATE TRIGGER access_log_no_truncate
                    BEFORE TRUNCATE ON access_log
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only()""");
    }
}
