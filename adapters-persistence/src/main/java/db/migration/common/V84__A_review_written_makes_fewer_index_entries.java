package db.migration.common;

import java.sql.SQLException;
import java.sql.Statement;
import org.openiro.persistence.shared.PostgreSqlOnlyMigration;

/**
 * Every review written on PostgreSQL made about twenty index entries and a new version of its child's row in another
 * page; three indexes among them served no query, or one a day that does as well without them (docs/benchmarks.md,
 * {@code review-write}, issue 23's sixth step):
 *
 * <ul>
 * <li>{@code child_next_review (next_review_due)}: each review changes its child's next review, and an indexed column
 * changed makes the update a new row version elsewhere with an entry in each of the child's three indexes. Its one
 * reader was the daily scan's children due in the next 100 days, across every authority: most children have a review
 * within six months, so that is a large share of the table, read as well in one pass. Without it, and with room left
 * in each page of the table (fillfactor 85), the child's next review is changed in place (a heap-only tuple) with no
 * index entry. The children's list sorts an authority's children itself, as it did for any other filter.</li>
 * <li>{@code review_by_last_meeting (last_meeting)}: every query of reviews names the authority and is served by
 * {@code review_held_by_authority (authority, last_meeting)}; the daily scan's reviews of the last 100 days now read
 * them authority by authority through that index ({@code JdbcReviewRepository.heldSince}).</li>
 * <li>{@code outbox_event}'s unique key: only the events the daily scan finds have one, so the two events of a review
 * put two null entries into it. It is now unique among the events that have a key, which is what the scan's
 * {@code ON CONFLICT DO NOTHING} needs: a partial unique index is one of the arbiters of a conflict clause that
 * names none.</li>
 * </ul>
 *
 * <p>H2, the embedded default for trying the service, is left as it is, as in V81: it has no heap-only updates, no
 * partial indexes and no write-ahead log to spare.
 */
public class V84__A_review_written_makes_fewer_index_entries extends PostgreSqlOnlyMigration {

    @Override
    protected void migrate(Statement statement) throws SQLException {
        statement.execute("DROP INDEX child_next_review");
        statement.execute("ALTER TABLE child SET (fillfactor = 85)");
        statement.execute("DROP INDEX review_by_last_meeting");
        statement.execute("ALTER TABLE outbox_event DROP CONSTRAINT outbox_event_unique_key_key");
        statement.execute("CREATE UNIQUE INDEX outbox_event_unique_key ON outbox_event (unique_key)"
                + " WHERE unique_key IS NOT NULL");
    }
}
