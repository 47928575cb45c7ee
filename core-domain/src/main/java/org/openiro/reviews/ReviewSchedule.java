package org.openiro.reviews;

import java.time.LocalDate;
import java.util.Optional;
import org.openiro.authority.Policy;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.children.PeriodOfCare;

/**
 * When is the child's next review due? One pure function of the authority's policy, the working-day calendar
 * and the child's history (Care Planning, Placement and Case Review (England) Regulations 2010, reg. 33).
 */
public final class ReviewSchedule {

    private final WorkingDayCalendar calendar;

    public ReviewSchedule(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The next review of the child's current period of care; empty when the child is not looked after. */
    public Optional<NextReview> next(Policy policy, Child child) {
        return child.currentPeriod().map(period -> firstReview(policy, period));
    }

    /** First review: within 20 working days (policy) of the date the child became looked after. */
    private NextReview firstReview(Policy policy, PeriodOfCare period) {
        LocalDate due = calendar.workingDaysAfter(period.start(), policy.firstReviewWorkingDays());
        return new NextReview(due, 1, ReviewBasis.CARE_START);
    }
}
