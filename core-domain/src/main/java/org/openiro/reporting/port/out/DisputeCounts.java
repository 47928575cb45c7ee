package org.openiro.reporting.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.ReviewCounts.Share;

/**
 * The counts behind "Dispute resolution", by the database. Alerts are the IRO's own dispute resolution: partner
 * escalations (alerts raised with a partner agency) are counted apart, by agency and theme.
 */
public interface DisputeCounts {

    /** Alerts first raised in the period, and the distinct children they concern. */
    Share raised(AuthorityCode authority, ReportPeriod period);

    /** Of the alerts raised in the period: the stage each started at. */
    Map<String, Long> byStartingStage(AuthorityCode authority, ReportPeriod period);

    /** Of the alerts raised in the period: the highest stage each has reached. */
    Map<String, Long> byHighestStage(AuthorityCode authority, ReportPeriod period);

    /** Of the alerts raised in the period: every stage each went through, once each. */
    Map<String, Long> stagesReached(AuthorityCode authority, ReportPeriod period);

    /** Of the alerts raised in the period: how many give each of these reasons. */
    Map<String, Long> byReason(AuthorityCode authority, ReportPeriod period, List<String> reasons);

    /** Alerts resolved in the period, and those resolved at the informal stage. */
    Share resolved(AuthorityCode authority, ReportPeriod period);

    /** Stage raisings whose response was due in the period, and those answered by the day it was due. */
    Share responsesInTimescale(AuthorityCode authority, ReportPeriod period);

    /** An alert still open on a day: when its escalation clock started (null if not yet), and its limit. */
    record OpenAlert(LocalDate raisedOn, LocalDate clockStart, int limitWorkingDays) {
    }

    /** The IRO's alerts open on the day, for the report to measure each against its limit. */
    List<OpenAlert> openOn(AuthorityCode authority, LocalDate day);

    /** Alerts referred to Cafcass in the period. */
    long cafcassReferrals(AuthorityCode authority, ReportPeriod period);

    /** Alerts on which the IRO took legal advice in the period. */
    long legalAdvice(AuthorityCode authority, ReportPeriod period);

    /** Partner escalations raised in the period, by agency. */
    Map<String, Long> partnerEscalationsByAgency(AuthorityCode authority, ReportPeriod period);

    /** Partner escalations raised in the period, by theme. */
    Map<String, Long> partnerEscalationsByTheme(AuthorityCode authority, ReportPeriod period);

    /** Good practice notes made in the period. */
    long goodPracticeNotes(AuthorityCode authority, ReportPeriod period);
}
