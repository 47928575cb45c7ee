package org.openiro.reporting.port.out;

import java.time.LocalDate;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;

/**
 * The counts behind the participation figures, one method a figure, answered by aggregates in the database. "Reviews
 * held" are complete looked-after reviews whose last meeting is in the period.
 */
public interface ParticipationCounts {

    /** Reviews held, by participation code (PN0–PN7; codes with none may be left out). */
    Map<String, Long> reviewsByCode(AuthorityCode authority, ReportPeriod period);

    /** Reviews held that used each method. */
    Map<String, Long> reviewsByMethod(AuthorityCode authority, ReportPeriod period);

    /** Reviews held that the child chaired, by {@code part} and {@code full}. */
    Map<String, Long> reviewsChaired(AuthorityCode authority, ReportPeriod period);

    /** Reviews held not coded PN0, by advocacy status ({@code not-recorded} where none was recorded). */
    Map<String, Long> advocacyByStatus(AuthorityCode authority, ReportPeriod period);

    /** Reviews held where the child had an advocate, by {@code instructed} and {@code non-instructed}. */
    Map<String, Long> advocacyByType(AuthorityCode authority, ReportPeriod period);

    /** Advocacy referrals made in the period, by provider id. */
    Map<String, Long> referralsByProvider(AuthorityCode authority, ReportPeriod period);

    /** For each party, {@code [sent, returned]} consultation forms over the reviews held. */
    Map<String, long[]> consultationByParty(AuthorityCode authority, ReportPeriod period);

    /** Reviews held after which the child was sent a letter. */
    long lettersSent(AuthorityCode authority, ReportPeriod period);

    /** Reviews held whose follow-up the service was told of: all but those imported from an SSDA903 return. */
    long followUpRecorded(AuthorityCode authority, ReportPeriod period);

    /** Children matched with an Independent Visitor on that day. */
    long independentVisitorsMatched(AuthorityCode authority, LocalDate day);
}
