package org.openiro.reviews;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyHistory;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.ShortBreaks;

/**
 * The schedule as it was before issue 23 (commit 852522b), kept only as the same-run baseline of the bench's
 * {@code schedule-cpu} comparison ({@code org.openiro.bench.ScheduleCpuTime}): nothing else uses it.
 *
 * <p>Its own comment as it was:
 * When is each review due? One pure function of the authority's policy, the working-day calendar and the child's
 * history: periods of care with their placements and legal statuses, the reviews held, and IRO directions (Care
 * Planning, Placement and Case Review (England) Regulations 2010, reg. 33; Adoption Agencies Regulations 2005,
 * reg. 36; Care Leavers (England) Regulations 2010, reg. 7; domain.md, "Review timing").
 *
 * <p>Each rule that applies proposes a due date; the earliest wins and names its basis. A held review is measured
 * against the due date as it stood when its first meeting took place, from the facts known by then. Reviews are
 * counted in cycles ({@link ReviewCycles}): a period of care, or a series of short breaks however many periods its
 * breaks were recorded as (reg. 48). No looked-after review falls due on or after the 18th birthday, when the
 * looked-after cycle ends.
 *
 * <p>A policy change applies to due dates from the day it takes effect (domain.md, "History changes"): a review is
 * due as the policy in force when its cycle started (the last review, or care starting) says, unless a later policy
 * took effect by that date, in which case that policy sets it, though never earlier than the day it took effect. A
 * held review only knows of policies in force by its first meeting, so it keeps its figures whatever comes later.
 */
public final class ReviewScheduleBefore {

    private static final int PRE_ADOPTIVE_DAYS = 28;
    private static final int PRE_ADOPTIVE_SECOND_MONTHS = 3;
    private static final int PLACEMENT_ORDER_MONTHS = 3;
    private static final int SHORT_BREAKS_FIRST_MONTHS = 3;
    private static final int PATHWAY_PLAN_MONTHS = 6;

    private final WorkingDayCalendar calendar;

    public ReviewScheduleBefore(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The next review for a child with no reviews held and no directions: as a period of care starts. */
    public Optional<NextReview> next(Policy policy, Child child) {
        return compute(policy, child, List.of(), List.of()).next();
    }

    public Schedule compute(Policy policy, Child child, List<HeldReview> reviews, List<Direction> directions) {
        return compute(PolicyHistory.of(policy), child, reviews, directions);
    }

    public Schedule compute(PolicyHistory policies, Child child, List<HeldReview> reviews,
                            List<Direction> directions) {
        List<HeldReview> held = completeInOrder(reviews);
        List<ReviewTiming> timings = new ArrayList<>(held.size());
        List<ReviewCycles.Cycle> cycles = cyclesOf(child.periods());
        int[] cycleOf = new int[held.size()];
        for (int i = 0; i < held.size(); i++) {
            HeldReview review = held.get(i);
            cycleOf[i] = review.kind() == ReviewKind.CLA ? ReviewCycles.indexOf(cycles, review.meetings()) : -1;
        }
        NextReview next = null;
        LocalDate lastLookedAfterReview = null;
        List<LocalDate> previous = List.of();
        for (int c = 0; c < cycles.size(); c++) {
            ReviewCycles.Cycle cycle = cycles.get(c);
            // Begun when a short-breaks child came into care under another legal status: the reviews held before in
            // the same period of care still met what they met (a placement's own review, a direction).
            List<LocalDate> before = cycle.beganInPeriod() ? previous : List.of();
            previous = new ArrayList<>();
            for (int i = 0; i < held.size(); i++) {
                if (cycleOf[i] != c) {
                    continue;
                }
                HeldReview review = held.get(i);
                if (previous.isEmpty() && !cycle.startKnown()) {
                    // Nothing is known of the reviews before the records begin: no due date to measure this one by.
                    timings.add(new ReviewTiming(review.id(), null, null, ReviewBasis.START_NOT_KNOWN, null));
                } else {
                    Due due = due(policies, cycle, previous, before, directions, review.meetings().first());
                    timings.add(new ReviewTiming(review.id(), due.date, sequence(cycle, previous), due.basis,
                            review.meetings().inTimescale(due.date, calendar)));
                }
                previous.add(review.meetings().last());
            }
            if (!previous.isEmpty()) {
                lastLookedAfterReview = previous.get(previous.size() - 1);
            }
            if (cycle.current()) {
                Due due = due(policies, cycle, previous, before, directions, null);
                LocalDate from = lastOf(previous, before, cycle.careStarted());
                // At 18 the looked-after cycle ends: a review falling due from the birthday on is none of it.
                if (due.date.isBefore(child.eighteenthBirthday())) {
                    next = new NextReview(due.date, sequence(cycle, previous), due.basis, midway(from, due.date));
                }
            }
        }
        NextReview pathwayPlan = pathwayPlans(policies, child, held, lastLookedAfterReview, timings);
        if (next == null) {
            next = pathwayPlan;
        }
        return new Schedule(timings, Optional.ofNullable(next));
    }

    /** Only complete reviews count as held; in order of their first meeting. */
    private static List<HeldReview> completeInOrder(List<HeldReview> reviews) {
        List<HeldReview> held = new ArrayList<>(reviews.size());
        for (HeldReview review : reviews) {
            if (review.complete()) {
                held.add(review);
            }
        }
        // Reviews come almost always in order already: checking is cheaper than sorting.
        for (int i = 1; i < held.size(); i++) {
            if (held.get(i).meetings().first().isBefore(held.get(i - 1).meetings().first())) {
                held.sort(BY_FIRST_MEETING);
                break;
            }
        }
        return held;
    }

    private static final Comparator<HeldReview> BY_FIRST_MEETING = Comparator.comparing(r -> r.meetings().first());

    /** The last of the reviews held, those of the cycle before if none yet, else {@code otherwise}. */
    private static LocalDate lastOf(List<LocalDate> previous, List<LocalDate> before, LocalDate otherwise) {
        List<LocalDate> held = previous.isEmpty() ? before : previous;
        return held.isEmpty() ? otherwise : held.get(held.size() - 1);
    }

    /** 1, 2, then 3 for every later review; not known in a cycle whose start the records do not show. */
    private static Integer sequence(ReviewCycles.Cycle cycle, List<LocalDate> previous) {
        if (!cycle.startKnown()) {
            return previous.isEmpty() ? null : 3;
        }
        return Math.min(previous.size() + 1, 3);
    }

    private record Due(LocalDate date, ReviewBasis basis) {
    }

    /** The due date under the policy that applies to it (see the class comment). */
    private Due due(PolicyHistory policies, ReviewCycles.Cycle cycle, List<LocalDate> previous,
                    List<LocalDate> before, List<Direction> directions, LocalDate asAt) {
        List<PolicyHistory.Version> versions = policies.versions();
        if (versions.size() == 1) {
            return due(versions.get(0).policy(), cycle, previous, before, directions, asAt);
        }
        LocalDate cycleStart = previous.isEmpty() ? cycle.start() : previous.get(previous.size() - 1);
        Due due = due(policies.inForceOn(cycleStart), cycle, previous, before, directions, asAt);
        for (PolicyHistory.Version later : versions) {
            LocalDate from = later.from();
            if (from == null || !from.isAfter(cycleStart) || (asAt != null && from.isAfter(asAt))) {
                continue;
            }
            if (!from.isAfter(due.date)) {
                Due under = due(later.policy(), cycle, previous, before, directions, asAt);
                due = under.date.isBefore(from) ? new Due(from, under.basis) : under;
            }
        }
        return due;
    }

    /**
     * The due date of the review after {@code previous} (last meeting dates) in this cycle, from the facts known on
     * {@code asAt} (everything, when null).
     *
     * @param before the reviews of the cycle before, where this one began part-way through their period of care:
     *               they met the placement's own reviews and the directions given before them
     */
    private Due due(Policy policy, ReviewCycles.Cycle cycle, List<LocalDate> previous, List<LocalDate> before,
                    List<Direction> directions, LocalDate asAt) {
        LocalDate last = previous.isEmpty() ? null : previous.get(previous.size() - 1);
        List<LocalDate> inPeriod = before.isEmpty() ? previous : concat(before, previous);
        LocalDate lastHeld = lastOf(previous, before, null);
        Due earliest;
        if (last == null) {
            if (!cycle.startKnown()) {
                // The latest a review can be owed, whatever came before the records: a later review's interval.
                earliest = new Due(cycle.start().plusMonths(policy.timing().laterReviewMonths()), ReviewBasis.START_NOT_KNOWN);
            } else if (cycle.shortBreaks()) {
                earliest = new Due(cycle.start().plusMonths(SHORT_BREAKS_FIRST_MONTHS), ReviewBasis.SHORT_BREAKS);
            } else {
                earliest = new Due(calendar.workingDaysAfter(cycle.start(), policy.timing().firstReviewWorkingDays()),
                        ReviewBasis.CARE_START);
            }
        } else {
            // A short-breaks child's second review, and the next after one whose predecessors are not known, come 6
            // months on, as every later review does.
            boolean second = previous.size() == 1 && !cycle.shortBreaks() && cycle.startKnown();
            earliest = new Due(last.plusMonths(second ? policy.timing().secondReviewMonths() : policy.timing().laterReviewMonths()),
                    ReviewBasis.AFTER_REVIEW);
        }
        PeriodOfCare period = cycle.periodOn(asAt);
        Placement placement = placementAt(period, asAt);
        if (placement != null && placement.type().isPlacedForAdoption()) {
            LocalDate placed = adoptivePlacementStart(period, placement);
            int since = countOnOrAfter(inPeriod, placed);
            if (since == 0) {
                earliest = earlier(earliest, placed.plusDays(PRE_ADOPTIVE_DAYS), ReviewBasis.PRE_ADOPTIVE_PLACEMENT);
            } else if (since == 1) {
                earliest = earlier(earliest, lastHeld.plusMonths(PRE_ADOPTIVE_SECOND_MONTHS),
                        ReviewBasis.PRE_ADOPTIVE_PLACEMENT);
            }
        } else {
            LocalDate authorised = placementOrder(period, asAt);
            if (authorised != null && countOnOrAfter(inPeriod, authorised) == 0) {
                earliest = earlier(earliest, authorised.plusMonths(PLACEMENT_ORDER_MONTHS), ReviewBasis.PLACEMENT_ORDER);
            }
        }
        if (placement != null && policy.unregulated().reviewMonths() != null
                && policy.unregulated().placementTypes().contains(placement.type().code())) {
            LocalDate from = lastHeld == null || placement.start().isAfter(lastHeld) ? placement.start() : lastHeld;
            earliest = earlier(earliest, from.plusMonths(policy.unregulated().reviewMonths()),
                    ReviewBasis.UNREGULATED_PLACEMENT);
        }
        LocalDate since = lastHeld != null ? lastHeld : cycle.careStarted();
        for (Direction direction : directions) {
            // A direction to hold the review by a day the last review already met was satisfied by it.
            boolean stillOwed = lastHeld == null || direction.dueBy().isAfter(lastHeld);
            if (stillOwed && !direction.directedOn().isBefore(since)
                    && (asAt == null || !direction.directedOn().isAfter(asAt))) {
                earliest = earlier(earliest, direction.dueBy(), ReviewBasis.BROUGHT_FORWARD);
            }
        }
        return earliest;
    }

    /** The earlier of the two; a tie keeps the rule already chosen, the more general one. */
    private static Due earlier(Due current, LocalDate date, ReviewBasis basis) {
        return date.isBefore(current.date) ? new Due(date, basis) : current;
    }

    private static List<LocalDate> concat(List<LocalDate> first, List<LocalDate> then) {
        List<LocalDate> both = new ArrayList<>(first.size() + then.size());
        both.addAll(first);
        both.addAll(then);
        return both;
    }

    private static int countOnOrAfter(List<LocalDate> dates, LocalDate from) {
        int count = 0;
        for (LocalDate date : dates) {
            if (!date.isBefore(from)) {
                count++;
            }
        }
        return count;
    }

    /** The placement on {@code asAt}, or the latest when everything is known. */
    private static Placement placementAt(PeriodOfCare period, LocalDate asAt) {
        if (asAt == null) {
            return period.placements().isEmpty() ? null : period.placements().get(period.placements().size() - 1);
        }
        Placement current = null;
        for (Placement placement : period.placements()) {
            if (placement.start().isAfter(asAt)) {
                break;
            }
            current = placement;
        }
        return current;
    }

    /**
     * When the pre-adoptive count began (Adoption Agencies Regulations 2005, reg 36(2)(a)): the latest placement for
     * adoption with new carers in the unbroken run of A3–A6 placements ending here, else the run's first. A4 and A6
     * are placements not with the current foster carers, so each is a move, even from one A4/A6 placement to another;
     * a placement of the same type as the one before it is a move too, since only a move makes one (an SSDA903
     * episode with {@code RNE} P or B). A3 or A5 after another type is the change of type alone, with the same carers.
     */
    private static LocalDate adoptivePlacementStart(PeriodOfCare period, Placement current) {
        List<Placement> placements = period.placements();
        int i = placements.indexOf(current);
        while (i > 0) {
            Placement placement = placements.get(i);
            Placement before = placements.get(i - 1);
            if (!before.type().isPlacedForAdoption() || placement.type().isPlacedForAdoptionWithNewCarers()
                    || placement.type().equals(before.type())) {
                break;
            }
            i--;
        }
        return placements.get(i).start();
    }

    /** When the agency was authorised to place the child (E1), if that is the legal status on {@code asAt}; else null. */
    private static LocalDate placementOrder(PeriodOfCare period, LocalDate asAt) {
        LegalStatusSpell current = null;
        for (LegalStatusSpell spell : period.legalStatuses()) {
            if (asAt == null || !spell.from().isAfter(asAt)) {
                current = spell;
            }
        }
        return current != null && current.status() == LegalStatus.E1 ? current.from() : null;
    }

    private static LocalDate midway(LocalDate from, LocalDate due) {
        long days = ChronoUnit.DAYS.between(from, due);
        return days <= 0 ? due : from.plusDays(days / 2);
    }

    /**
     * Pathway plan reviews chaired by IROs (policy): for a care leaver whose care ended at 18 or later, the first is
     * due six months after their last looked-after review, then six months after each, until they are 21 (or only the
     * first, for {@code first-after-18}). Measures those held, and answers the next one where the policy now has IROs
     * chair them.
     */
    private NextReview pathwayPlans(PolicyHistory policies, Child child, List<HeldReview> held,
                                    LocalDate lastLookedAfterReview, List<ReviewTiming> timings) {
        Policy policy = policies.current();
        Optional<PeriodOfCare> latest = child.latestPeriod();
        LocalDate eighteen = child.eighteenthBirthday();
        if (latest.isEmpty() || latest.get().isOpen() || latest.get().end().isBefore(eighteen)) {
            return null;
        }
        LocalDate twentyOne = child.dateOfBirth().plusYears(21);
        LocalDate from = lastLookedAfterReview != null ? lastLookedAfterReview : eighteen;
        List<HeldReview> pathway = new ArrayList<>();
        for (HeldReview review : held) {
            if (review.kind() == ReviewKind.PATHWAY_PLAN) {
                pathway.add(review);
            }
        }
        for (HeldReview review : pathway) {
            LocalDate due = from.plusMonths(PATHWAY_PLAN_MONTHS);
            timings.add(new ReviewTiming(review.id(), due, null, ReviewBasis.PATHWAY_PLAN,
                    review.meetings().inTimescale(due, calendar)));
            from = review.meetings().last();
        }
        boolean onlyTheFirst = policy.pathwayPlanReviews() == Policy.PathwayPlanReviews.FIRST_AFTER_18;
        LocalDate due = from.plusMonths(PATHWAY_PLAN_MONTHS);
        if (policy.pathwayPlanReviews() == Policy.PathwayPlanReviews.NONE || (onlyTheFirst && !pathway.isEmpty())
                || !due.isBefore(twentyOne)) {
            return null;
        }
        LocalDate chairedSince = chairingPathwayPlansSince(policies);
        if (chairedSince != null && due.isBefore(chairedSince)) {
            due = chairedSince;
        }
        return new NextReview(due, null, ReviewBasis.PATHWAY_PLAN, midway(from, due));
    }

    /** The day the authority's IROs began chairing pathway plan reviews, if a policy change started it. */
    private static LocalDate chairingPathwayPlansSince(PolicyHistory policies) {
        List<PolicyHistory.Version> versions = policies.versions();
        int i = versions.size() - 1;
        while (i > 0 && versions.get(i - 1).policy().pathwayPlanReviews() != Policy.PathwayPlanReviews.NONE) {
            i--;
        }
        return versions.get(i).from();
    }

    /**
     * {@code ReviewCycles.of} as it was before issue 23's third step, which reworded it as a walk over the periods'
     * indexes: kept here so that the baseline shares none of the code it is compared with.
     */
    private static List<ReviewCycles.Cycle> cyclesOf(List<PeriodOfCare> periods) {
        List<ReviewCycles.Cycle> cycles = new ArrayList<>(periods.size());
        List<PeriodOfCare> series = null;
        for (int i = 0; i < periods.size(); i++) {
            PeriodOfCare period = periods.get(i);
            boolean last = i == periods.size() - 1;
            boolean breakBegins = ShortBreaks.beginsAsShortBreak(period);
            if (series != null) {
                LocalDate goesOnUntil = ShortBreaks.seriesGoesOnUntil(series.get(series.size() - 1).end());
                if (breakBegins && !period.start().isAfter(goesOnUntil)) {
                    series.add(period);
                } else {
                    LocalDate dayBefore = period.start().minusDays(1);
                    cycles.add(series(series, goesOnUntil.isBefore(dayBefore) ? goesOnUntil : dayBefore, false));
                    series = null;
                }
            }
            if (!breakBegins) {
                cycles.add(new ReviewCycles.Cycle(false, period.startKnown(), period.start(), List.of(period),
                        period.end(), last && period.isOpen()));
                continue;
            }
            if (series == null) {
                series = new ArrayList<>(List.of(period));
            }
            LocalDate ordinaryFrom = ShortBreaks.ordinaryFrom(period);
            if (ordinaryFrom != null) {
                cycles.add(series(series, ordinaryFrom.minusDays(1), false));
                cycles.add(new ReviewCycles.Cycle(false, true, ordinaryFrom, List.of(period), period.end(),
                        last && period.isOpen()));
                series = null;
            } else if (period.isOpen()) {
                cycles.add(series(series, null, last));
                series = null;
            }
        }
        if (series != null) {
            cycles.add(series(series, ShortBreaks.seriesGoesOnUntil(series.get(series.size() - 1).end()), true));
        }
        return cycles;
    }

    private static ReviewCycles.Cycle series(List<PeriodOfCare> breaks, LocalDate lastDay, boolean current) {
        return new ReviewCycles.Cycle(true, breaks.get(0).startKnown(), breaks.get(0).start(), List.copyOf(breaks),
                lastDay, current);
    }
}
