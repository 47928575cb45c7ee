package db.migration.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.openiro.persistence.shared.PostgreSqlOnlyMigration;

/**
 * The service's runtime role may add to the audit trail and the access log and read them, nothing more
 * (docs/postgresql-roles.sql). Default privileges that grant a role UPDATE and DELETE on every new table would give it
 * those on the access log too, made by V60 after they were set; so on PostgreSQL every role but the owner loses
 * UPDATE, DELETE, TRUNCATE, TRIGGER and REFERENCES on both tables here. (The triggers refuse the changes anyway; this
 * makes the refusal a permission error, before any trigger runs.)
 */
public class V62__Only_the_owner_may_change_the_trails extends PostgreSqlOnlyMigration {

    @Override
    protected void migrate(Statement statement) throws SQLException {
        List<String> grantees = new ArrayList<>();
        // From the tables' own privileges (relacl), whoever granted them; grantee 0 is PUBLIC.
        try (ResultSet rs = statement.executeQuery("""
                SELECT DISTINCT a.grantee::regrole::text
                  FROM pg_class c, aclexplode(c.relacl) a
                 WHERE c.oid IN ('audit_event'::regclass, 'access_log'::regclass)
                   AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES')
                   AND a.grantee <> c.relowner AND a.grantee <> 0""")) {
            while (rs.next()) {
                grantees.add(rs.getString(1));
            }
        }
        for (String grantee : grantees) {
            statement.execute("REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON audit_event, access_log"
                    + " FROM " + grantee);
        }
        statement.execute("REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON audit_event, access_log"
                + " FROM PUBLIC");
    }
}
