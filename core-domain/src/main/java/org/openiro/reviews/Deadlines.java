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
        DueDates due = DueDates.of(policy, calendar, meetings);
        if (!facts.recorded()) {
            return new Deadlines(notRecorded(due.socialWorkReport()), notRecorded(due.recommendations()),
                    notRecorded(due.record()), notRecorded(due.letter()));
        }
        return new Deadlines(Deadline.of(due.socialWorkReport(), facts.socialWorkReportReceivedOn(), today),
                Deadline.of(due.recommendations(), facts.recommendationsIssuedOn(), today),
                Deadline.of(due.record(), facts.recordCompletedOn(), today),
                Deadline.of(due.letter(), facts.letterSentOn(), today));
    }

    private static Deadline notRecorded(LocalDate due) {
        return new Deadline(due, null, Deadline.Status.NOT_RECORDED);
    }
}
