package org.openiro.persistence.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openiro.persistence.Database;

/**
 * On PostgreSQL a report's queries run on generic plans from the first of them to the end of their transaction, and
 * the setting ends with it (docs/decisions.md, the report's statements on generic plans); an export's rows are
 * planned as PostgreSQL chooses.
 */
class ReportQueriesTest {

    private static final String MODE = "SELECT current_setting('plan_cache_mode')";

    private final ReportQueries queries = Database.POSTGRESQL.bean(ReportQueries.class);

    @Test
    void aReportQueryPutsItsTransactionOnGenericPlans() {
        String inReport = Database.POSTGRESQL.inTransaction(() -> {
            queries.count("SELECT count(*) FROM authority WHERE code = ?", "none");
            return queries.rows(MODE, rs -> rs.next() ? rs.getString(1) : null);
        });

        assertThat(inReport).isEqualTo("force_generic_plan");
    }

    @Test
    void theSettingEndsWithTheTransactionAndAnExportLeavesItAlone() {
        Database.POSTGRESQL.inTransaction(() -> queries.count("SELECT count(*) FROM authority WHERE code = ?", "none"));

        String afterwards = Database.POSTGRESQL.inTransaction(
                () -> queries.rows(MODE, rs -> rs.next() ? rs.getString(1) : null));

        assertThat(afterwards).isEqualTo("auto");
    }
}
