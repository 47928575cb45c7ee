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

    /**
     * Alerts first raised in the period, the distinct children they concern, and how many give each of these reasons:
     * read in one pass over them.
     */
    record Raised(long alerts, long children, Map<String, Long> byReason) {
    }


    /**
     * Of the alerts raised in the period, by stage: how many started at it, and how many went through it (each alert
     * once a stage); read in one pass over their stages. A stage none started at is left out of the first.
     */
    record Stages(Map<String, Long> starting, Map<String, Long> reached) {
    }

    /** The stages the alerts raised in the period started at and went through. */
    Stages stagesOfRaised(AuthorityCode authority, ReportPeriod period);

    /** Stage raisings whose response was due in the period, and those answered by the day it was due. */
    Share responsesInTimescale(AuthorityCode authority, ReportPeriod period);

    /**
     * The figures of the alerts' stages in a period, read together.
     *
     * @param ofRaised  the stages the alerts raised in the period started at and went through
     * @param responses stage raisings whose response was due in the period, and those answered by the day it was due
     */
    record StageFigures(Stages ofRaised, Share responses) {
    }

    /**
     * The figures of the alerts' stages in each of two periods that do not overlap (the report's and the previous),
     * which a database answers in one pass over the authority's stages; here, two reads a period.
     */
    default ByPeriod<StageFigures> stages(AuthorityCode authority, ReportPeriod period, ReportPeriod previous) {
        return new ByPeriod<>(
                new StageFigures(stagesOfRaised(authority, period), responsesInTimescale(authority, period)),
                new StageFigures(stagesOfRaised(authority, previous), responsesInTimescale(authority, previous)));
    }

    /** An alert still open on a day: when its escalation clock started (null if not yet), and its limit. */
    record OpenAlert(LocalDate raisedOn, LocalDate clockStart, int limitWorkingDays) {
    }

    /** The IRO's alerts open on the day, for the report to measure each against its limit. */
    List<OpenAlert> openOn(AuthorityCode authority, LocalDate day);

    /** Alerts referred to Cafcass in the period, and those on which the IRO took legal advice in it. */
    record Referred(long cafcass, long legalAdvice) {
    }

    /** Partner escalations raised in the period, by agency and by theme; read in one pass over them. */
    record PartnerEscalations(Map<String, Long> byAgency, Map<String, Long> byTheme) {
    }

    /**
     * The figures of the alerts themselves (not their stages) in the period, read together: one pass over the
     * authority's alerts raised, resolved or referred in it answers them all (docs/benchmarks.md, {@code report},
     * issue 23's fifth step).
     *
     * @param raised             the alerts raised in the period, their children, and each of the reasons' count
     * @param byHighestStage     of the alerts raised in the period: the highest stage each has reached
     * @param resolved           alerts resolved in the period, and those resolved at the informal stage
     * @param referred           alerts referred to Cafcass, and those on which the IRO took legal advice, in the period
     * @param partnerEscalations partner escalations raised in the period, by agency and by theme
     */
    record Alerts(Raised raised, Map<String, Long> byHighestStage, Share resolved, Referred referred,
                  PartnerEscalations partnerEscalations) {
    }

    /** The figures of the alerts raised, resolved or referred in the period, {@code reasons}' counts among them. */
    Alerts alerts(AuthorityCode authority, ReportPeriod period, List<String> reasons);

    /**
     * The figures of the alerts in each of two periods that do not overlap (the report's and the previous): here, a
     * read of each. An adapter may read both in one pass; the JDBC adapter does not (see {@link ReviewCounts}'
     * two-period {@code held}).
     */
    default ByPeriod<Alerts> alerts(AuthorityCode authority, ReportPeriod period, ReportPeriod previous,
                                    List<String> reasons) {
        return new ByPeriod<>(alerts(authority, period, reasons), alerts(authority, previous, reasons));
    }

    /** Good practice notes made in the period. */
    long goodPracticeNotes(AuthorityCode authority, ReportPeriod period);
}
