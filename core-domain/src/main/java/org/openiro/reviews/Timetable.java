package org.openiro.reviews;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.openiro.authority.Authority;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
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

    /**
     * The child's schedule as it stands, changing nothing, for a caller that holds the {@code child} already (the
     * child's record, a booking): from their reviews read as numbers, since nothing here needs a {@link Review} (issue
     * 23, sixth step: laying the history out from review objects cost as much as computing the schedule from it), and
     * the care from the {@code child}, which is not read again. A history change still goes through {@link
     * #reschedule}, which measures the {@link Review}s against the {@link Child} it is given.
     */
    public Schedule of(Authority authority, Child child) {
        ReviewRepository.Held held = reviews.heldOf(authority.code(), child.id());
        return schedule.compute(authority.policies(), child, held.reviews(), held.directions());
    }

    /**
     * The child's schedule as it stands, changing nothing, for a caller that wants only the schedule and has not read
     * the child: from the child's care read as numbers with the reviews where the adapter reads it ({@link
     * HeldRows#hasCare()}; both the database's and the in-memory adapter do), so that no object of the child's is read
     * (issue 23, eighth step); else from the child {@code read} gives, which also refuses a child not stored.
     */
    public Schedule of(Authority authority, ChildId child, Supplier<Child> read) {
        ReviewRepository.Held held = reviews.heldWithCareOf(authority.code(), child);
        if (held.reviews().hasCare()) {
            return schedule.compute(authority.policies(), held.reviews(), held.directions());
        }
        return schedule.compute(authority.policies(), read.get(), held.reviews(), held.directions());
    }

    /** Call inside the unit of work that changed the child's history. */
    public Schedule reschedule(Authority authority, Child child) {
        Remeasured remeasured = remeasure(authority, child, reviews.ofChild(authority.code(), child.id()),
                reviews.directions(authority.code(), child.id()), store.next(authority.code(), child.id()));
        remeasured.changedReviews().forEach(reviews::update);
        if (remeasured.nextChanged()) {
            store.save(authority.code(), child.id(), remeasured.next());
        }
        if (!remeasured.events().isEmpty()) {
            outbox.append(remeasured.events(), clock.instant());
        }
        return remeasured.schedule();
    }

    /**
     * Records a new review and measures the child's reviews again in one go (call inside the unit of work that holds
     * the child): the review written once, with the timing the schedule gives it, and the events of both, a
     * {@code review.scheduled} when the next due date moved and then the {@code review.held} of a complete series,
     * appended together.
     *
     * @param before     the child's reviews until now, as stored
     * @param directions the directions bringing the child's reviews forward, as stored
     */
    public Recorded record(Authority authority, Child child, List<Review> before, List<Direction> directions,
                           Review added) {
        List<Review> all = new ArrayList<>(before.size() + 1);
        all.addAll(before);
        all.add(added);
        Remeasured remeasured = remeasure(authority, child, all, directions, store.next(authority.code(), child.id()));
        Review measured = added;
        for (Review changed : remeasured.changedReviews()) {
            if (changed.id().equals(added.id())) {
                measured = changed;
            } else {
                reviews.update(changed);
            }
        }
        Review stored = reviews.insert(measured);
        if (remeasured.nextChanged()) {
            store.save(authority.code(), child.id(), remeasured.next());
        }
        List<ReviewEvent> events = new ArrayList<>(remeasured.events());
        if (stored.seriesComplete()) {
            events.add(ReviewEvent.held(authority.code(), child.id(), stored));
        }
        if (!events.isEmpty()) {
            outbox.append(events, clock.instant());
        }
        return new Recorded(stored, remeasured.schedule());
    }

    /** A review just recorded, as stored, and the child's schedule with it. */
    public record Recorded(Review review, Schedule schedule) {
    }

    /**
     * What measuring the child's reviews again changes, decided without reading or writing anything: the reviews whose
     * timing moved (with their new timing), the next review, and a {@code review.scheduled} event when its due date
     * changed. An import measures thousands of children this way and writes what changed in bulk.
     *
     * @param before the next review stored until now
     */
    public Remeasured remeasure(Authority authority, Child child, List<Review> all, List<Direction> directions,
                                Optional<NextReview> before) {
        Schedule now = schedule.compute(authority.policies(), child, all.stream().map(Review::asHeld).toList(),
                directions);
        List<Review> changed = new ArrayList<>();
        for (Review review : all) {
            // A review whose follow-up is not recorded owes nothing the report could count as met or missed.
            ReviewTiming timing = now.timingOf(review.id()).map(t -> t.owing(!review.facts().recorded() ? null
                    : DueDates.of(authority.policyOn(review.meetings().first()), calendar, review.meetings())))
                    .orElse(null);
            if (!Objects.equals(timing, review.timing())) {
                changed.add(review.withTiming(timing));
            }
        }
        Optional<NextReview> after = now.next();
        boolean dueChanged = after.isPresent() && (before.isEmpty() || !after.get().sameDueAs(before.get()));
        List<ReviewEvent> events = dueChanged ? List.of(ReviewEvent.scheduled(authority.code(), child.id(),
                after.get(), before.map(NextReview::dueDate).orElse(null))) : List.of();
        return new Remeasured(now, changed, after, !before.equals(after), events);
    }

    /**
     * @param changedReviews the child's reviews whose timing changed, each with its new timing
     * @param nextChanged whether {@code next} differs from the next review stored before
     */
    public record Remeasured(Schedule schedule, List<Review> changedReviews, Optional<NextReview> next,
                             boolean nextChanged, List<ReviewEvent> events) {
    }
}
