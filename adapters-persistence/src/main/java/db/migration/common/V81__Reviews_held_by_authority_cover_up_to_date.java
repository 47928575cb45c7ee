package db.migration.common;

import java.sql.SQLException;
import java.sql.Statement;
import org.openiro.persistence.shared.PostgreSqlOnlyMigration;

/**
 * The authority's reviews by last meeting ({@code review_held_by_authority}) also carry the columns "up to date at the
 * end" reads of the reviews after the day (kind, complete, first meeting, due date, child, id), so on PostgreSQL that
 * figure is answered from the index alone: for the largest authority 4,600 reviews, each on a heap page of its own
 * among every authority's, were 4,800 pages read a report's period; now 330 (docs/benchmarks.md, {@code report}, issue
 * 23's fifth step). The index replaces the narrower one, so every review written still pays for one entry, a wider one
 * (82 MB for 906,142 reviews where it was 18 MB); an update of a review that changes one of the columns (a due date
 * measured again after a history change, say) can no longer be made in place (HOT). H2 keeps its index:
 * it has no {@code INCLUDE}, and its reports of a demo authority do not need one.
 */
public class V81__Reviews_held_by_authority_cover_up_to_date extends PostgreSqlOnlyMigration {

    @Override
    protected void migrate(Statement statement) throws SQLException {
        statement.execute("DROP INDEX review_held_by_authority");
        statement.execute("CREATE INDEX review_held_by_authority ON review (authority, last_meeting)"
                + " INCLUDE (kind, series_complete, first_meeting, due_date, child_id, id)");
    }
}
