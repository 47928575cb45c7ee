package org.openiro.reviews;

import java.time.LocalDate;
import org.openiro.authority.Authority;
import org.openiro.authority.Policy;
import org.openiro.calendar.WorkingDayCalendar;

/**
 * What is owed around a review (domain.md, "Around each review"): the social worker's report before the first
 * meeting; the recommendations, the record and the letter to the child after the last.
 */
public record Deadlines(Deadline socialWorkReport, Deadline recommendations, Deadline record, Deadline letter) {

    /** Under the policy in force on the review's first meeting: a later policy change leaves its figures be. */
    public static Deadlines of(Authority authority, WorkingDayCalendar calendar, Meetings meetings, ReviewFacts facts,
                               LocalDate today) {
        return of(authority.policyOn(meetings.first()), calendar, meetings, facts, today);
    }

    public static Deadlines of(Policy policy, WorkingDayCalendar calendar, Meetings meetings, ReviewFacts facts,
                               LocalDate today) {
        LocalDate held = meetings.last();
        return new Deadlines(
                Deadline.of(calendar.workingDaysBefore(meetings.first(), policy.socialWorkReportLeadWorkingDays()),
                        facts.socialWorkReportReceivedOn(), today),
                Deadline.of(calendar.workingDaysAfter(held, policy.recommendationsDeadlineWorkingDays()),
                        facts.recommendationsIssuedOn(), today),
                Deadline.of(calendar.workingDaysAfter(held, policy.recordDeadlineWorkingDays()),
                        facts.recordCompletedOn(), today),
                Deadline.of(calendar.workingDaysAfter(held, policy.letterDeadlineWorkingDays()),
                        facts.letterSentOn(), today));
    }
}
