package org.openiro.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.ParticipationCounts;
import org.openiro.reviews.Consultation;
import org.openiro.reviews.Participation;

/**
 * The participation figures counted by the database: one aggregate query a figure over the reviews held in the
 * period (complete looked-after reviews whose last meeting falls in it), never the rows themselves.
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

    @Override
    public Map<String, Long> reviewsByCode(AuthorityCode authority, ReportPeriod period) {
        return grouped("SELECT participation_code, count(*)" + HELD + " GROUP BY participation_code", authority, period);
    }

    @Override
    public Map<String, Long> reviewsByMethod(AuthorityCode authority, ReportPeriod period) {
        return sums(new TreeSet<>(Participation.METHODS), method -> "',' || participation_methods || ',' LIKE '%,"
                + method + ",%'", authority, period);
    }

    @Override
    public Map<String, Long> reviewsChaired(AuthorityCode authority, ReportPeriod period) {
        return grouped("SELECT chaired_by_child, count(*)" + HELD + " AND chaired_by_child IN ('part', 'full')"
                + " GROUP BY chaired_by_child", authority, period);
    }

    @Override
    public Map<String, Long> advocacyByStatus(AuthorityCode authority, ReportPeriod period) {
        return grouped("SELECT COALESCE(advocacy_status, 'not-recorded'), count(*)" + HELD
                + " AND participation_code <> 'PN0' GROUP BY COALESCE(advocacy_status, 'not-recorded')", authority, period);
    }

    @Override
    public Map<String, Long> advocacyByType(AuthorityCode authority, ReportPeriod period) {
        return grouped("SELECT advocacy_type, count(*)" + HELD + " AND advocacy_status = 'has-advocate'"
                + " AND advocacy_type IS NOT NULL GROUP BY advocacy_type", authority, period);
    }

    @Override
    public Map<String, Long> referralsByProvider(AuthorityCode authority, ReportPeriod period) {
        return grouped("SELECT provider, count(*) FROM advocacy_referral WHERE authority = ?"
                + " AND referred_on BETWEEN ? AND ? GROUP BY provider", authority, period);
    }

    @Override
    public Map<String, long[]> consultationByParty(AuthorityCode authority, ReportPeriod period) {
        List<String> parties = List.copyOf(new TreeSet<>(Consultation.PARTIES));
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String party : parties) {
            sql.append("SUM(CASE WHEN ',' || consultation || ',' LIKE '%,").append(party)
                    .append(":true:%' THEN 1 ELSE 0 END), SUM(CASE WHEN ',' || consultation || ',' LIKE '%,")
                    .append(party).append(":true:true,%' THEN 1 ELSE 0 END), ");
        }
        sql.setLength(sql.length() - 2);
        sql.append(HELD);
        return query(sql.toString(), authority, period, rs -> {
            Map<String, long[]> result = new HashMap<>();
            if (rs.next()) {
                for (int i = 0; i < parties.size(); i++) {
                    result.put(parties.get(i), new long[] {rs.getLong(2 * i + 1), rs.getLong(2 * i + 2)});
                }
            }
            return result;
        });
    }

    @Override
    public long lettersSent(AuthorityCode authority, ReportPeriod period) {
        return query("SELECT count(*)" + HELD + " AND letter_sent_on IS NOT NULL", authority, period,
                rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    @Override
    public long followUpRecorded(AuthorityCode authority, ReportPeriod period) {
        return query("SELECT count(*)" + HELD + " AND follow_up_recorded = TRUE", authority, period,
                rs -> rs.next() ? rs.getLong(1) : 0L);
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

    private Map<String, Long> sums(TreeSet<String> keys, java.util.function.Function<String, String> condition,
                                   AuthorityCode authority, ReportPeriod period) {
        List<String> ordered = List.copyOf(keys);
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String key : ordered) {
            sql.append("SUM(CASE WHEN ").append(condition.apply(key)).append(" THEN 1 ELSE 0 END), ");
        }
        sql.setLength(sql.length() - 2);
        sql.append(HELD);
        return query(sql.toString(), authority, period, rs -> {
            Map<String, Long> counts = new HashMap<>();
            if (rs.next()) {
                for (int i = 0; i < ordered.size(); i++) {
                    counts.put(ordered.get(i), rs.getLong(i + 1));
                }
            }
            return counts;
        });
    }
}
