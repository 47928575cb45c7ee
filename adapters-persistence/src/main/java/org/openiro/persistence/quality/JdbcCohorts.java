package org.openiro.persistence.quality;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatus;
import org.openiro.quality.Cohort;
import org.openiro.quality.CohortMember;
import org.openiro.quality.port.out.Cohorts;

/**
 * An audit's cohort on its day, found by the database: a period of care open that day (or, for care leavers, none
 * open but one before it), the legal status and placement of that period on the day, the date of birth against the
 * ages (worked out here, so the database compares dates only), and the allocation that held that day.
 */
@Singleton
class JdbcCohorts implements Cohorts {

    private final QualityStatements sql;

    JdbcCohorts(QualityStatements sql) {
        this.sql = sql;
    }

    @Override
    public List<CohortMember> membersOn(AuthorityCode authority, Cohort cohort, LocalDate on) {
        List<Object> parameters = new ArrayList<>(List.of(on, on, authority.value()));
        StringBuilder where = new StringBuilder();
        String lookedAfter = " EXISTS (SELECT 1 FROM period_of_care p WHERE p.authority = c.authority"
                + " AND p.child_id = c.child_id AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date > ?)";
        if (cohort.lookedAfter()) {
            where.append(" AND").append(lookedAfter);
            parameters.addAll(List.of(on, on));
            if (!cohort.legalStatuses().isEmpty()) {
                where.append(" AND (SELECT ls.code FROM legal_status ls WHERE ls.period_id = p.id AND ls.from_date <= ?"
                        + " ORDER BY ls.from_date DESC, ls.id DESC FETCH FIRST 1 ROW ONLY) IN (")
                        .append(marks(cohort.legalStatuses().size())).append(")");
                parameters.add(on);
                cohort.legalStatuses().stream().map(LegalStatus::name).forEach(parameters::add);
            }
            if (!cohort.placementTypes().isEmpty()) {
                where.append(" AND (SELECT pl.type FROM placement pl WHERE pl.period_id = p.id AND pl.start_date <= ?"
                        + " ORDER BY pl.start_date DESC, pl.id DESC FETCH FIRST 1 ROW ONLY) IN (")
                        .append(marks(cohort.placementTypes().size())).append(")");
                parameters.add(on);
                parameters.addAll(cohort.placementTypes());
            }
            where.append(")");
        } else {
            where.append(" AND NOT").append(lookedAfter).append(")");
            parameters.addAll(List.of(on, on));
            where.append(" AND EXISTS (SELECT 1 FROM period_of_care e WHERE e.authority = c.authority"
                    + " AND e.child_id = c.child_id AND e.end_date <= ?)");
            parameters.add(on);
        }
        if (cohort.ageFrom() != null) {
            // At least N on the day: born on or before the day N years before it.
            where.append(" AND c.date_of_birth <= ?");
            parameters.add(on.minusYears(cohort.ageFrom()));
        }
        if (cohort.ageTo() != null) {
            // At most N on the day: not yet N + 1, so born after the day N + 1 years before it.
            where.append(" AND c.date_of_birth > ?");
            parameters.add(on.minusYears(cohort.ageTo() + 1L));
        }
        if (cohort.disability() != null) {
            where.append(" AND c.disability = ?");
            parameters.add(cohort.disability());
        }
        if (cohort.uasc() != null) {
            where.append(" AND c.uasc = ?");
            parameters.add(cohort.uasc());
        }
        String iro = "";
        if (cohort.iroId() != null) {
            iro = " WHERE cohort.iro_id = ?";
            parameters.add(cohort.iroId());
        }
        return sql.list("""
                SELECT cohort.child_id, cohort.iro_id FROM (
                  SELECT c.child_id, (SELECT a.iro_id FROM iro_allocation a WHERE a.authority = c.authority
                      AND a.child_id = c.child_id AND a.held_from <= ? AND (a.held_to IS NULL OR a.held_to > ?)
                      ORDER BY a.held_from DESC, a.id DESC FETCH FIRST 1 ROW ONLY) AS iro_id
                  FROM child c WHERE c.authority = ?""" + where + """
                ) cohort""" + iro + " ORDER BY cohort.child_id",
                rs -> new CohortMember(ChildId.of(rs.getString(1)), rs.getString(2)), parameters.toArray());
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
