package org.openiro.reviews;

import java.time.LocalDate;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.calendar.WorkingDayCalendar;

/** A review as the service answers it: the record, what is owed around it today, and the child's next review. */
public record RecordedReview(Review review, Deadlines deadlines, Optional<NextReview> nextReview) {

    /** The review with what is owed around it as of today, and the next review the child's schedule answers. */
    public static RecordedReview of(Authority authority, WorkingDayCalendar calendar, Review review, Schedule schedule,
                                    LocalDate today) {
        return new RecordedReview(review, Deadlines.of(authority, calendar, review.meetings(), review.facts(), today),
                schedule.next());
    }
}
