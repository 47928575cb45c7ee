package org.openiro.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.Policy;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.DataProblem;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.reviews.Booking;
import org.openiro.reviews.BringForwardReason;
import org.openiro.reviews.Deadline;
import org.openiro.reviews.Deadlines;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.Review;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.Page;
import org.openiro.shared.UnitOfWork;
import org.openiro.workforce.port.in.WorklistUseCase;
import org.openiro.workforce.port.out.WorkforceRepository;
import org.openiro.workforce.port.out.WorklistFacts;

/** Every IRO starts the day asking "what is due?": this answers, oldest first, up to a day. */
public final class Worklists implements WorklistUseCase {

    private static final int DEFAULT_WORKING_DAYS = 20;
    private static final int DEADLINES_LOOK_BACK_DAYS = 100;
    /** A placement with a parent is reviewed before it is made (reg 17): by a review in these working days before. */
    private static final int REVIEWED_BEFORE_PLACEMENT_WITH_PARENT_WORKING_DAYS = 20;

    private final AuthorityRepository authorities;
    private final WorkforceRepository workforce;
    private final WorklistFacts facts;
    private final WorkingDayCalendar calendar;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public Worklists(AuthorityRepository authorities, WorkforceRepository workforce, WorklistFacts facts,
                     WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.workforce = workforce;
        this.facts = facts;
        this.calendar = calendar;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Page<WorkItem> forIro(AuthorityCode code, String iroId, LocalDate until, Page.Request page) {
        return unitOfWork.inTransaction(() -> {
            workforce.iro(code, iroId).orElseThrow(() -> new UnknownIro(iroId));
            return worklist(code, Set.of(iroId), until, page);
        });
    }

    @Override
    public Page<WorkItem> forTeam(AuthorityCode code, String team, LocalDate until, Page.Request page) {
        return unitOfWork.inTransaction(() -> {
            Set<String> iros = workforce.iros(code).stream()
                    .filter(iro -> team == null || team.equals(iro.team())).map(Iro::id).collect(Collectors.toSet());
            return worklist(code, iros, until, page);
        });
    }

    private Page<WorkItem> worklist(AuthorityCode code, Set<String> iros, LocalDate until, Page.Request page) {
        Authority authority = authorities.require(code);
        LocalDate today = LocalDate.now(clock);
        LocalDate by = until != null ? until : calendar.workingDaysAfter(today, DEFAULT_WORKING_DAYS);
        if (by.isBefore(today.minusYears(10))) {
            throw new InvalidInput("until", "must be a day within the last ten years or later");
        }
        Set<ChildId> children = iros.isEmpty() ? Set.of() : facts.childrenHeldBy(code, iros);
        List<WorkItem> items = new ArrayList<>();
        if (!children.isEmpty()) {
            collect(authority, iros, children, today, by, items);
        }
        items.sort(Comparator.comparing(WorkItem::dueDate).thenComparing(i -> i.childId().value())
                .thenComparing(WorkItem::kind).thenComparing(i -> i.reason() == null ? "" : i.reason()));
        int from = (int) Math.min(page.offset(), items.size());
        int to = Math.min(from + page.size(), items.size());
        return new Page<>(List.copyOf(items.subList(from, to)), page.page(), page.size(), items.size());
    }

    private void collect(Authority authority, Set<String> iros, Set<ChildId> children, LocalDate today, LocalDate by,
                         List<WorkItem> items) {
        AuthorityCode code = authority.code();
        Policy policy = authority.policy();
        Map<ChildId, NextReview> next = facts.nextReviews(code, iros);
        Map<ChildId, LocalDate> lastReview = facts.latestReviewHeld(code, iros);
        Map<ChildId, LocalDate> lastMidway = facts.latestMidwayReview(code, iros);
        for (ChildId child : children) {
            NextReview review = next.get(child);
            if (review == null) {
                continue;
            }
            add(items, "review-due", child, review.dueDate(), today, by, null, null);
            LocalDate heldLast = lastReview.get(child);
            LocalDate midway = lastMidway.get(child);
            boolean midwayDone = midway != null && (heldLast == null || midway.isAfter(heldLast));
            if (review.midwayDate() != null && !midwayDone && heldLast != null) {
                add(items, "midway-due", child, review.midwayDate(), today, by, null, null);
            }
        }
        for (Review review : facts.reviewsWithWorkOutstanding(code, today.minusDays(DEADLINES_LOOK_BACK_DAYS))) {
            if (!children.contains(review.childId())) {
                continue;
            }
            Deadlines d = Deadlines.of(authority, calendar, review.meetings(), review.facts(), today);
            addOutstanding(items, "recommendations-due", review, d.recommendations(), today, by);
            addOutstanding(items, "record-due", review, d.record(), today, by);
            addOutstanding(items, "letter-due", review, d.letter(), today, by);
        }
        for (Review review : facts.reviewsAwaitingQaForm(code, iros, today.minusDays(DEADLINES_LOOK_BACK_DAYS))) {
            // The QA form is due with the review's record (issue 24).
            add(items, "qa-due", review.childId(), Deadlines.of(authority, calendar, review.meetings(),
                    review.facts(), today).record().due(), today, by, review.id(), null);
        }
        for (Booking booking : facts.bookingsFrom(code, today)) {
            if (children.contains(booking.childId())) {
                LocalDate reportDue = calendar.workingDaysBefore(booking.date(), policy.deadlines().socialWorkReportLeadWorkingDays());
                add(items, "report-awaited", booking.childId(), reportDue, today, by, null, booking.id());
            }
        }
        for (WorklistFacts.AwaitedResponse awaited : facts.alertsAwaitingResponse(code)) {
            if (children.contains(awaited.child()) && !awaited.dueBy().isAfter(by)) {
                items.add(new WorkItem("alert-response-awaited", awaited.child(), awaited.dueBy(),
                        awaited.dueBy().isBefore(today), null, awaited.alertId(), null));
            }
        }
        Map<ChildId, Placement> placements = facts.currentPlacements(code, iros);
        Map<ChildId, LocalDate> lastVisit = facts.latestVisit(code, iros);
        for (ChildId child : children) {
            Placement placement = placements.get(child);
            if (placement == null) {
                continue;
            }
            if (policy.unregulated().visitWorkingDays() != null
                    && policy.unregulated().placementTypes().contains(placement.type().code())) {
                LocalDate visited = lastVisit.get(child);
                if (visited == null || visited.isBefore(placement.start())) {
                    add(items, "visit-due", child, calendar.workingDaysAfter(placement.start(),
                            policy.unregulated().visitWorkingDays()), today, by, null, null);
                }
            }
            LocalDate heldLast = lastReview.get(child);
            if (Boolean.FALSE.equals(placement.planned()) && heldLast != null && placement.start().isAfter(heldLast)) {
                considerEarlyReview(items, child, placement.start(), BringForwardReason.UNPLANNED_MOVE, today, by);
            }
        }
        for (Map.Entry<ChildId, WorklistFacts.OpenCare> open : facts.openCare(code, iros).entrySet()) {
            ChildId child = open.getKey();
            if (children.contains(child)) {
                openCare(items, child, open.getValue(), lastReview.get(child), today, by);
            }
        }
    }

    /**
     * What a child's open period of care asks of the IRO beyond the review due: a record still open at 18 corrected;
     * an early review considered while the child is remanded or detained, before they would leave (reg 33(3)), and
     * when they were placed with a parent with no review in the 20 working days before, until one is held (reg 17).
     */
    private void openCare(List<WorkItem> items, ChildId child, WorklistFacts.OpenCare care, LocalDate heldLast,
                          LocalDate today, LocalDate by) {
        for (DataProblem problem : DataProblem.of(care.dateOfBirth(), true, today)) {
            // Care should have ended on the birthday, the day the problem began.
            add(items, problem.id(), child, Child.eighteenthBirthday(care.dateOfBirth()), today, by, null, null);
        }
        PeriodOfCare period = care.period();
        period.remandedOrDetainedSince(today).ifPresent(since ->
                considerEarlyReview(items, child, since, BringForwardReason.LEAVING_REMAND_OR_DETENTION, today, by));
        period.placementOn(today).filter(p -> p.type().isWithParent()).ifPresent(withParent -> {
            LocalDate reviewedFrom = calendar.workingDaysBefore(withParent.start(),
                    REVIEWED_BEFORE_PLACEMENT_WITH_PARENT_WORKING_DAYS);
            if (heldLast == null || heldLast.isBefore(reviewedFrom)) {
                considerEarlyReview(items, child, withParent.start(), BringForwardReason.PLACEMENT_WITH_PARENT, today,
                        by);
            }
        });
    }

    private static void considerEarlyReview(List<WorkItem> items, ChildId child, LocalDate since,
                                            BringForwardReason reason, LocalDate today, LocalDate by) {
        if (!since.isAfter(by)) {
            items.add(new WorkItem("consider-early-review", child, since, since.isBefore(today), null, null, null,
                    reason.id()));
        }
    }

    private static void addOutstanding(List<WorkItem> items, String kind, Review review, Deadline deadline,
                                       LocalDate today, LocalDate by) {
        // Nothing is owed on a review whose follow-up was never recorded here (imported): nobody can act on it.
        if (deadline.metOn() == null && deadline.status() != Deadline.Status.NOT_RECORDED) {
            add(items, kind, review.childId(), deadline.due(), today, by, review.id(), null);
        }
    }

    private static void add(List<WorkItem> items, String kind, ChildId child, LocalDate due, LocalDate today,
                            LocalDate by, String reviewId, String bookingId) {
        if (!due.isAfter(by)) {
            items.add(new WorkItem(kind, child, due, due.isBefore(today), reviewId, null, bookingId));
        }
    }

}
