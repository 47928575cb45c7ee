package org.openiro.reviews;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.reviews.port.out.ScheduleStore;

/**
 * The child's review timetable kept true: after any change to their history (care starting, a placement, a review
 * recorded, corrected or deleted, a direction), every review is measured again (with the due dates of what follows
 * it), the next review stored, and a {@code review.scheduled} event written when its due date changed.
 */
public final class Timetable {

    private final ReviewSchedule schedule;
    private final ReviewRepository reviews;
    private final ScheduleStore store;
    private final EventOutbox outbox;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public Timetable(ReviewSchedule schedule, ReviewRepository reviews, ScheduleStore store, EventOutbox outbox,
                     WorkingDayCalendar calendar, Clock clock) {
        this.schedule = schedule;
        this.calendar = calendar;
        this.reviews = reviews;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Schedule of(Authority authority, Child child) {
        return schedule.compute(authority.policies(), child, held(authority, child),
                reviews.directions(authority.code(), child.id()));
    }

    private List<HeldReview> held(Authority authority, Child child) {
        return reviews.ofChild(authority.code(), child.id()).stream().map(Review::asHeld).toList();
    }

    /** Call inside the unit of work that changed the child's history. */
    public Schedule reschedule(Authority authority, Child child) {
        List<Review> all = reviews.ofChild(authority.code(), child.id());
        Schedule now = schedule.compute(authority.policies(), child, all.stream().map(Review::asHeld).toList(),
                reviews.directions(authority.code(), child.id()));
        for (Review review : all) {
            ReviewTiming timing = now.timingOf(review.id()).map(t -> t.owing(DueDates.of(
                    authority.policyOn(review.meetings().first()), calendar, review.meetings()))).orElse(null);
            if (!Objects.equals(timing, review.timing())) {
                reviews.update(review.withTiming(timing));
            }
        }
        Optional<NextReview> before = store.next(authority.code(), child.id());
        Optional<NextReview> after = now.next();
        if (!before.equals(after)) {
            store.save(authority.code(), child.id(), after);
        }
        boolean dueChanged = after.isPresent() && (before.isEmpty() || !after.get().sameDueAs(before.get()));
        if (dueChanged) {
            outbox.append(List.of(ReviewEvent.scheduled(authority.code(), child.id(), after.get(),
                    before.map(NextReview::dueDate).orElse(null))), clock.instant());
        }
        return now;
    }
}
