package db.migration.common;

import java.sql.SQLException;
import java.sql.Statement;
import org.openiro.persistence.shared.PostgreSqlOnlyMigration;

/**
 * Up to date on a past day kept across the reviews written since (docs/decisions.md, "The report's counts kept between
 * reports"): {@code V85}'s review and child triggers record, beside what they recorded, the earliest day whose up to date
 * the change can touch.
 *
 * <p>Up to date on a day D reads, for each period of care open on D, the first review held after D (its due date), or
 * with none the child's next review due. A review changed at first meeting F is the first after D only for D from the
 * child's latest other review before it up to F; every review of the child that ended before the earliest changed
 * review's first meeting is before it in every period both are in, so the latest first meeting among those is a day no
 * later than any D the change can touch ({@code review-after}, dated by it; undated when the child has none). The
 * child's next review due is read only for a day after the child's latest review's first meeting ({@code due}, dated
 * by it). A statement of more than 50 rows (the import's COPY, a policy change measuring every child again) records
 * these undated, rather than look up each child.
 */
public class V86__Up_to_date_kept_across_later_reviews extends PostgreSqlOnlyMigration {

    private static final String SKIP =
            "IF current_setting('iro.report_changes', true) = 'off' THEN RETURN NULL; END IF;";

    /** The statement's rows changed (authority, child_id, first_meeting) as {@code changed}, recorded by family. */
    private static String reviews(String changed) {
        return """
                WITH changed AS (%s)
                INSERT INTO report_change (authority, family, on_day)
                SELECT authority, family, CASE WHEN bool_or(on_day IS NULL) THEN NULL ELSE min(on_day) END FROM (
                  SELECT authority, 'review' AS family, first_meeting AS on_day FROM changed
                  UNION ALL
                  SELECT authority, 'review-after', CAST(NULL AS DATE) FROM changed
                  WHERE (SELECT count(*) FROM changed) > 50
                  UNION ALL
                  SELECT k.authority, 'review-after', (SELECT max(q.first_meeting) FROM review q
                      WHERE q.authority = k.authority AND q.child_id = k.child_id AND q.kind = 'cla'
                        AND q.series_complete AND q.last_meeting < k.first)
                  FROM (SELECT authority, child_id, min(first_meeting) AS first FROM changed
                        GROUP BY authority, child_id) k
                  WHERE (SELECT count(*) FROM changed) <= 50
                ) c GROUP BY authority, family;""".formatted(changed);
    }

    private static final String COLUMNS = "SELECT authority, child_id, first_meeting FROM ";

    @Override
    protected void migrate(Statement statement) throws SQLException {
        replace(statement, "report_change_review_insert", reviews(COLUMNS + "new_rows"));
        replace(statement, "report_change_review_delete", reviews(COLUMNS + "old_rows"));
        // As V85: the rows the statement changed, before and after.
        replace(statement, "report_change_review_update", reviews(COLUMNS + "new_rows x WHERE NOT EXISTS"
                + " (SELECT 1 FROM old_rows o WHERE o.id = x.id AND CAST(o AS text) = CAST(x AS text)) UNION ALL "
                + COLUMNS + "old_rows x WHERE NOT EXISTS"
                + " (SELECT 1 FROM new_rows n WHERE n.id = x.id AND CAST(n AS text) = CAST(x AS text))"));
        replace(statement, "report_change_child_update", """
                INSERT INTO report_change (authority, family, on_day)
                SELECT authority, family, CASE WHEN bool_or(on_day IS NULL) THEN NULL ELSE min(on_day) END FROM (
                  SELECT n.authority, f.family, f.on_day
                  FROM new_rows n JOIN old_rows o ON o.id = n.id
                  CROSS JOIN LATERAL (VALUES
                    (CASE WHEN (n.authority, n.child_id, n.date_of_birth, n.gender, n.ethnicity, n.uasc)
                      IS DISTINCT FROM (o.authority, o.child_id, o.date_of_birth, o.gender, o.ethnicity, o.uasc)
                      THEN 'care' END, CAST(NULL AS DATE)),
                    (CASE WHEN n.next_review_due IS DISTINCT FROM o.next_review_due THEN 'due' END,
                     CASE WHEN n.next_review_due IS DISTINCT FROM o.next_review_due
                       AND (SELECT count(*) FROM new_rows) <= 50
                       THEN (SELECT max(q.first_meeting) FROM review q WHERE q.authority = n.authority
                         AND q.child_id = n.child_id AND q.kind = 'cla' AND q.series_complete) END)) f(family, on_day)
                ) c WHERE family IS NOT NULL GROUP BY authority, family;""");
    }

    private static void replace(Statement statement, String function, String body) throws SQLException {
        statement.execute("CREATE OR REPLACE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + SKIP + " " + body + " RETURN NULL; END $$");
    }
}
