package db.migration.common;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.openiro.persistence.shared.PostgreSqlOnlyMigration;

/**
 * The change log that keeps the report's cached counts exact ({@code ReportCache}; docs/decisions.md, "The report's
 * counts kept between reports"): for every statement that writes a table the report reads, the database itself
 * records, once a statement, which authorities' which family of figures changed, the earliest day the change can
 * touch where that buys precision, and the writing transaction's id. Statement-level {@code AFTER} triggers with
 * transition tables, so every writer (the API, the pages, the history-change recomputation, a policy change, the
 * SSDA903 import's COPY) is covered without a statement of its own, and a statement of many rows writes one row an
 * authority and family.
 *
 * <p>Families: {@code care} (a child's details the report reads, periods of care, legal statuses, placements),
 * {@code due} (a child's next review due), {@code review} (reviews, dated by their first meeting: a review cannot
 * change a figure of a period that ended before it), {@code booking} (bookings and rearrangements), {@code midway}
 * (dated by the day held), {@code alert} (alerts, their stages, good practice notes), {@code advocacy} (advocacy
 * referrals, Independent Visitors), {@code allocation} (IRO allocations). A {@code TRUNCATE} records {@code all}
 * for every authority ({@code *}). A transaction may set {@code iro.report_changes} to {@code off} (locally) when
 * it records what it changed itself.
 *
 * <p>Old rows are deleted by the cache's purge, behind a horizon (the oldest transaction running some hours ago), so
 * that an entry still in use never loses a row it needs. H2 has none of this, and no cache.
 */
public class V85__Report_changes_recorded_by_the_database extends PostgreSqlOnlyMigration {

    /** A table whose writes change the report: its family, and the day a row's change can first touch (or null). */
    private record Watched(String table, String family, String day) {
    }

    private static final List<Watched> WATCHED = List.of(
            new Watched("period_of_care", "care", null),
            new Watched("legal_status", "care", null),
            new Watched("placement", "care", null),
            new Watched("review", "review", "first_meeting"),
            new Watched("review_booking", "booking", null),
            new Watched("review_rearrangement", "booking", null),
            new Watched("midway_review", "midway", "held_on"),
            new Watched("alert", "alert", null),
            new Watched("alert_stage", "alert", null),
            new Watched("good_practice", "alert", null),
            new Watched("advocacy_referral", "advocacy", null),
            new Watched("independent_visitor", "advocacy", null),
            new Watched("iro_allocation", "allocation", null));

    private static final String SKIP =
            "IF current_setting('iro.report_changes', true) = 'off' THEN RETURN NULL; END IF;";

    /** One row an authority and family of what {@code rows} (authority, family, day) hold. */
    private static String record(String rows) {
        return "INSERT INTO report_change (authority, family, on_day)"
                + " SELECT authority, family, CASE WHEN bool_or(on_day IS NULL) THEN NULL ELSE min(on_day) END"
                + " FROM (" + rows + ") changed WHERE family IS NOT NULL GROUP BY authority, family;";
    }

    @Override
    protected void migrate(Statement statement) throws SQLException {
        statement.execute("""
                CREATE TABLE report_change (
                    authority   VARCHAR(36) NOT NULL,
                    family      VARCHAR(12) NOT NULL,
                    on_day      DATE,
                    xid         xid8        NOT NULL DEFAULT pg_current_xact_id(),
                    recorded_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
                )""");
        statement.execute("CREATE INDEX report_change_by_authority ON report_change (authority, xid)");
        statement.execute("""
                CREATE TABLE report_change_horizon (
                    taken_at TIMESTAMPTZ NOT NULL,
                    oldest   xid8        NOT NULL
                )""");
        for (Watched w : WATCHED) {
            String day = w.day() == null ? "CAST(NULL AS DATE)" : w.day();
            String select = "SELECT authority, '" + w.family() + "' AS family, " + day + " AS on_day FROM ";
            trigger(w.table(), "insert", "NEW TABLE AS new_rows", record(select + "new_rows"));
            // An update records the rows it changed, before and after: a statement that writes a child's reviews
            // as they were (a review's write measures the child's others again) changes no figure.
            trigger(w.table(), "update", "NEW TABLE AS new_rows OLD TABLE AS old_rows",
                    record(select + "new_rows x WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.id = x.id"
                            + " AND CAST(o AS text) = CAST(x AS text)) UNION ALL " + select + "old_rows x WHERE NOT"
                            + " EXISTS (SELECT 1 FROM new_rows n WHERE n.id = x.id"
                            + " AND CAST(n AS text) = CAST(x AS text))"));
            trigger(w.table(), "delete", "OLD TABLE AS old_rows", record(select + "old_rows"));
            truncate(w.table());
        }
        // A child: its details the report reads are care; its next review due is what up to date reads of it.
        String child = "SELECT authority, 'care' AS family, CAST(NULL AS DATE) AS on_day FROM ";
        trigger("child", "insert", "NEW TABLE AS new_rows", record(child + "new_rows"));
        trigger("child", "delete", "OLD TABLE AS old_rows", record(child + "old_rows"));
        trigger("child", "update", "NEW TABLE AS new_rows OLD TABLE AS old_rows", record("""
                SELECT n.authority, f.family, CAST(NULL AS DATE) AS on_day
                FROM new_rows n JOIN old_rows o ON o.id = n.id
                CROSS JOIN LATERAL (VALUES
                  (CASE WHEN (n.authority, n.child_id, n.date_of_birth, n.gender, n.ethnicity, n.uasc)
                    IS DISTINCT FROM (o.authority, o.child_id, o.date_of_birth, o.gender, o.ethnicity, o.uasc)
                    THEN 'care' END),
                  (CASE WHEN n.next_review_due IS DISTINCT FROM o.next_review_due THEN 'due' END)) f(family)"""));
        truncate("child");
        for (String sql : pending) {
            statement.execute(sql);
        }
    }

    /** The functions and triggers to make, in order. */
    private final List<String> pending = new ArrayList<>();

    private void trigger(String table, String event, String referencing, String body) {
        String function = "report_change_" + table + "_" + event;
        pending.add("CREATE OR REPLACE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + SKIP + " " + body + " RETURN NULL; END $$");
        pending.add("CREATE TRIGGER " + function + " AFTER " + event.toUpperCase() + " ON " + table
                + " REFERENCING " + referencing + " FOR EACH STATEMENT EXECUTE FUNCTION " + function + "()");
    }

    private void truncate(String table) {
        String function = "report_change_" + table + "_truncate";
        pending.add("CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " INSERT INTO report_change (authority, family) VALUES ('*', 'all'); RETURN NULL; END $$");
        pending.add("CREATE TRIGGER " + function + " AFTER TRUNCATE ON " + table
                + " FOR EACH STATEMENT EXECUTE FUNCTION " + function + "()");
    }
}
