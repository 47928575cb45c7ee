package org.openiro.persistence.reporting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.ParticipationCounts;
import org.openiro.reviews.Advocacy;
import org.openiro.reviews.Consultation;
import org.openiro.reviews.Participation;
import org.openiro.reviews.ParticipationCode;

/**
 * The participation figures counted by the database: one aggregate query over the reviews held in the period
 * (complete looked-after reviews whose last meeting falls in it) for all of their counts, never the rows themselves.
 */
@Singleton
class JdbcParticipationCounts implements ParticipationCounts {

    private static final String HELD = " FROM review WHERE authority = ? AND kind = 'cla' AND series_complete = TRUE"
            + " AND last_meeting BETWEEN ? AND ?";

    private final JdbcOperations jdbc;
    private final ReportQueries queries;

    JdbcParticipationCounts(JdbcOperations jdbc, ReportQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /**
     * One pass over the reviews held: a filtered count a figure, each the test the figure's own query had (a group of
     * a {@code GROUP BY} becomes the count of the rows with that value), so the figures are those of a query each.
     */
    @Override
    public Held reviewsHeld(AuthorityCode authority, ReportPeriod period) {
        Sums sums = new Sums();
        int coded = sums.add("participation_code IS NOT NULL");
        Map<String, Integer> byCode = new HashMap<>();
        for (ParticipationCode code : ParticipationCode.values()) {
            byCode.put(code.name(), sums.add("participation_code = '" + code.name() + "'"));
        }
        Map<String, Integer> byMethod = new HashMap<>();
        for (String method : new TreeSet<>(Participation.METHODS)) {
            byMethod.put(method, sums.add("',' || participation_methods || ',' LIKE '%," + method + ",%'"));
        }
        Map<String, Integer> chaired = new HashMap<>();
        for (String part : List.of("part", "full")) {
            chaired.put(part, sums.add("chaired_by_child = '" + part + "'"));
        }
        Map<String, Integer> byStatus = new HashMap<>();
        List<String> statuses = new ArrayList<>(new TreeSet<>(Advocacy.STATUSES));
        statuses.add("not-recorded");
        for (String status : statuses) {
            byStatus.put(status, sums.add("participation_code <> 'PN0' AND COALESCE(advocacy_status, 'not-recorded') = '"
                    + status + "'"));
        }
        Map<String, Integer> byType = new HashMap<>();
        for (String type : new TreeSet<>(Advocacy.TYPES)) {
            byType.put(type, sums.add("advocacy_status = 'has-advocate' AND advocacy_type = '" + type + "'"));
        }
        Map<String, int[]> consultation = new HashMap<>();
        for (String party : new TreeSet<>(Consultation.PARTIES)) {
            consultation.put(party, new int[] {sums.add("',' || consultation || ',' LIKE '%," + party + ":true:%'"),
                sums.add("',' || consultation || ',' LIKE '%," + party + ":true:true,%'")});
        }
        int letters = sums.add("letter_sent_on IS NOT NULL");
        int followUp = sums.add("follow_up_recorded = TRUE");
        return query(sums.select() + HELD, authority, period, rs -> {
            long[] n = sums.read(rs);
            Map<String, long[]> sentReturned = new HashMap<>();
            consultation.forEach((party, columns) -> sentReturned.put(party, new long[] {n[columns[0]], n[columns[1]]}));
            return new Held(n[coded], Sums.counts(byCode, n), Sums.counts(byMethod, n), Sums.counts(chaired, n),
                    Sums.counts(byStatus, n), Sums.counts(byType, n), sentReturned, n[letters], n[followUp]);
        });
    }

    /**
     * The columns of one pass: {@code count(*) FILTER (WHERE test)} each, numbered from 0. Most of the tests hold for
     * few reviews (one participation code, method, advocacy type or party among many), and a filtered count adds
     * nothing for a review whose test fails, where {@code SUM(CASE WHEN test THEN 1 ELSE 0 END)} added a 0 to each of
     * the forty-odd sums for every review: the largest authority's pass took about a tenth less CPU on PostgreSQL
     * (docs/benchmarks.md, {@code report}, issue 23's ninth step). The same counts: no review counts in a sum whose
     * test it fails, and a count is 0 where the sum of no rows was null, which was read as 0.
     */
    private static final class Sums {
        private final List<String> tests = new ArrayList<>();

        int add(String test) {
            tests.add(test);
            return tests.size() - 1;
        }

        String select() {
            StringBuilder sql = new StringBuilder("SELECT ");
            for (int i = 0; i < tests.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("count(*) FILTER (WHERE ").append(tests.get(i)).append(')');
            }
            return sql.toString();
        }

        /** Each sum of the one row (none held: every sum 0). */
        long[] read(ResultSet rs) throws java.sql.SQLException {
            long[] n = new long[tests.size()];
            if (rs.next()) {
                for (int i = 0; i < n.length; i++) {
                    n[i] = rs.getLong(i + 1);
                }
            }
            return n;
        }

        static Map<String, Long> counts(Map<String, Integer> columns, long[] n) {
            Map<String, Long> counts = new HashMap<>();
            columns.forEach((key, column) -> counts.put(key, n[column]));
            return counts;
        }
    }

    @Override
    public Map<String, Long> referralsByProvider(AuthorityCode authority, ReportPeriod period) {
        return grouped("SELECT provider, count(*) FROM advocacy_referral WHERE authority = ?"
                + " AND referred_on BETWEEN ? AND ? GROUP BY provider", authority, period);
    }

    @Override
    public long independentVisitorsMatched(AuthorityCode authority, LocalDate day) {
        return jdbc.prepareStatement("SELECT count(*) FROM independent_visitor WHERE authority = ? AND matched_on <= ?"
                + " AND (ended_on IS NULL OR ended_on > ?)", statement -> {
            statement.setString(1, authority.value());
            statement.setDate(2, Date.valueOf(day));
            statement.setDate(3, Date.valueOf(day));
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    private <T> T query(String sql, AuthorityCode authority, ReportPeriod period, ReportQueries.Rows<T> rows) {
        return queries.query(sql, rows, authority.value(), period.from(), period.to());
    }

    private Map<String, Long> grouped(String sql, AuthorityCode authority, ReportPeriod period) {
        return queries.grouped(sql, authority.value(), period.from(), period.to());
    }
}
