package org.openiro.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.reviews.port.in.ScanReviewsUseCase;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.reviews.port.out.ScheduleStore;
import org.openiro.shared.UnitOfWork;

/**
 * Finds, once each, what a day brings (events.md): reviews due soon (the policy's working days before) and overdue;
 * held reviews whose social worker's report came late or never, and whose recommendations, record or letter were
 * not done by their deadline. Every event carries a key unique to its fact, so a second scan, in this instance or
 * another, writes nothing.
 */
public final class ReviewScan implements ScanReviewsUseCase {

    /** Far enough ahead for any policy's due-soon notice (at most 60 working days). */
    private static final int LOOK_AHEAD_DAYS = 100;
    /** Far enough back for any deadline after a review (at most 60 working days). */
    private static final int LOOK_BACK_DAYS = 100;

    private final ScheduleStore store;
    private final ReviewRepository reviews;
    private final AuthorityRepository authorities;
    private final EventOutbox outbox;
    private final WorkingDayCalendar calendar;
    private final UnitOfWork unitOfWork;
    private final java.time.Clock clock;

    public ReviewScan(ScheduleStore store, ReviewRepository reviews, AuthorityRepository authorities,
                      EventOutbox outbox, WorkingDayCalendar calendar, UnitOfWork unitOfWork, java.time.Clock clock) {
        this.store = store;
        this.reviews = reviews;
        this.authorities = authorities;
        this.outbox = outbox;
        this.calendar = calendar;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int scan() {
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            Map<AuthorityCode, Optional<Authority>> known = new HashMap<>();
            List<ReviewEvent> found = new ArrayList<>();
            for (ScheduleStore.Due due : store.dueOnOrBefore(today.plusDays(LOOK_AHEAD_DAYS))) {
                Optional<Authority> authority = known.computeIfAbsent(due.authority(), authorities::find);
                if (authority.isEmpty()) {
                    continue;
                }
                LocalDate dueDate = due.next().dueDate();
                if (today.isAfter(dueDate)) {
                    found.add(ReviewEvent.found("review.overdue", due.authority(), due.child(), due.next(), null, null));
                } else if (!today.isBefore(calendar.workingDaysBefore(dueDate,
                        authority.get().policy().deadlines().reviewDueSoonWorkingDays()))) {
                    found.add(ReviewEvent.found("review.due-soon", due.authority(), due.child(), due.next(), null, null));
                }
            }
            for (Review review : reviews.heldSince(today.minusDays(LOOK_BACK_DAYS))) {
                Optional<Authority> authority = known.computeIfAbsent(review.authority(), authorities::find);
                if (authority.isEmpty() || !review.seriesComplete() || review.timing() == null) {
                    continue;
                }
                Deadlines d = Deadlines.of(authority.get(), calendar, review.meetings(), review.facts(), today);
                NextReview measured = !review.timing().measured() ? null : new NextReview(review.timing().dueDate(),
                        review.timing().sequence(), review.timing().basis());
                // Late or never come: a report entered later keeps the event's key, so it is still told once.
                if (notDoneByDeadline(d.socialWorkReport())) {
                    found.add(ReviewEvent.found("review.report-overdue", review.authority(), review.childId(),
                            measured, review.id(), "social-work-report"));
                }
                addIfMissed(found, review, measured, d.recommendations(), "recommendations");
                addIfMissed(found, review, measured, d.record(), "record");
                addIfMissed(found, review, measured, d.letter(), "letter");
            }
            outbox.append(found, clock.instant());
            return found.size();
        });
    }

    private static boolean notDoneByDeadline(Deadline deadline) {
        return deadline.status() == Deadline.Status.LATE || deadline.status() == Deadline.Status.MISSED;
    }

    private static void addIfMissed(List<ReviewEvent> found, Review review, NextReview measured, Deadline deadline,
                                    String name) {
        if (notDoneByDeadline(deadline)) {
            found.add(ReviewEvent.found("review.deadline-missed", review.authority(), review.childId(), measured,
                    review.id(), name));
        }
    }
}
