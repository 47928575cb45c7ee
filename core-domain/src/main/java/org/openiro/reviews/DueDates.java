package org.openiro.reviews;

import java.time.LocalDate;
import org.openiro.authority.Policy;
import org.openiro.calendar.WorkingDayCalendar;

/**
 * When what surrounds a review is due (domain.md, "Around each review"): the social worker's report before the first
 * meeting; the recommendations, the record and the letter to the child after the last. Kept with the review so that
 * reports count deadlines met in the database.
 */
public record DueDates(LocalDate socialWorkReport, LocalDate recommendations, LocalDate record, LocalDate letter) {

    public static DueDates of(Policy policy, WorkingDayCalendar calendar, Meetings meetings) {
        LocalDate held = meetings.last();
        return new DueDates(calendar.workingDaysBefore(meetings.first(), policy.deadlines().socialWorkReportLeadWorkingDays()),
                calendar.workingDaysAfter(held, policy.deadlines().recommendationsWorkingDays()),
                calendar.workingDaysAfter(held, policy.deadlines().recordWorkingDays()),
                calendar.workingDaysAfter(held, policy.deadlines().letterWorkingDays()));
    }
}
