package org.openiro.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.Policy;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.LegalStatus;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;

class FirstReviewTest {

    private final ReviewSchedule schedule = new ReviewSchedule(BankHolidayCalendar.englandAndWales());
    private final LocalDate today = LocalDate.of(2024, 6, 1);

    private Child lookedAfterFrom(LocalDate start) {
        Child child = Child.register(AuthorityCode.of("test"), ChildId.of("C1"),
                new Child.Demographics(null, LocalDate.of(2015, 3, 1), Gender.FEMALE, Ethnicity.WBRI, false, false),
                today);
        return child.startPeriodOfCare(start, LegalStatus.C1,
                new Placement(start, new PlacementType("U6"), false, true), today);
    }

    @Test
    void first_review_is_due_on_the_20th_working_day_after_care_starts() {
        NextReview next = schedule.next(Policy.statutory(), lookedAfterFrom(LocalDate.of(2023, 4, 28))).orElseThrow();

        assertThat(next).isEqualTo(new NextReview(LocalDate.of(2023, 5, 31), 1, ReviewBasis.CARE_START));
    }

    @Test
    void the_christmas_holidays_push_the_first_review_into_january() {
        NextReview next = schedule.next(Policy.statutory(), lookedAfterFrom(LocalDate.of(2023, 12, 15))).orElseThrow();

        assertThat(next.dueDate()).isEqualTo(LocalDate.of(2024, 1, 17));
    }

    @Test
    void a_child_not_looked_after_has_no_review_due() {
        Child child = Child.register(AuthorityCode.of("test"), ChildId.of("C2"),
                new Child.Demographics(null, LocalDate.of(2015, 3, 1), Gender.MALE, Ethnicity.WBRI, false, false),
                today);

        assertThat(schedule.next(Policy.statutory(), child)).isEmpty();
    }
}
