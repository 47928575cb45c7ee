package org.openiro.reporting.port.out;

import java.time.LocalDate;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;

/**
 * The counts behind the participation figures, answered by aggregates in the database. "Reviews
 * held" are complete looked-after reviews whose last meeting is in the period.
 */
public interface ParticipationCounts {

    /**
     * Every count the figures take from the reviews held, read in one pass over them (a report asked the database for
     * each in a query of its own, eight reads of the same rows; docs/benchmarks.md, {@code report}).
     *
     * @param coded            reviews held with a participation code
     * @param byCode           those by participation code (PN0–PN7)
     * @param byMethod         reviews held that used each method
     * @param chaired          reviews held that the child chaired, by {@code part} and {@code full}
     * @param advocacyByStatus reviews held not coded PN0, by advocacy status ({@code not-recorded} where none was
     *                         recorded)
     * @param advocacyByType   reviews held where the child had an advocate, by {@code instructed} and
     *                         {@code non-instructed}
     * @param consultationByParty for each party, {@code [sent, returned]} consultation forms
     * @param lettersSent      reviews held after which the child was sent a letter
     * @param followUpRecorded reviews held whose follow-up the service was told of: all but those imported from an
     *                         SSDA903 return
     */
    record Held(long coded, Map<String, Long> byCode, Map<String, Long> byMethod, Map<String, Long> chaired,
                Map<String, Long> advocacyByStatus, Map<String, Long> advocacyByType,
                Map<String, long[]> consultationByParty, long lettersSent, long followUpRecorded) {
    }

    /** The counts over the reviews held in the period. */
    Held reviewsHeld(AuthorityCode authority, ReportPeriod period);

    /**
     * The counts over the reviews held in each of two periods that do not overlap (the report's and the previous):
     * here, a read of each. An adapter may read both in one pass; the JDBC adapter does not, since one pass over two
     * years' reviews crossed PostgreSQL's JIT threshold and took longer than two (docs/benchmarks.md, {@code report},
     * issue 23's sixth step).
     */
    default ByPeriod<Held> reviewsHeld(AuthorityCode authority, ReportPeriod period, ReportPeriod previous) {
        return new ByPeriod<>(reviewsHeld(authority, period), reviewsHeld(authority, previous));
    }

    /** Advocacy referrals made in the period, by provider id. */
    Map<String, Long> referralsByProvider(AuthorityCode authority, ReportPeriod period);

    /** Children matched with an Independent Visitor on that day. */
    long independentVisitorsMatched(AuthorityCode authority, LocalDate day);
}
