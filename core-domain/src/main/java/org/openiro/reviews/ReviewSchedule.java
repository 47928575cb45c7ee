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
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;

/**
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
public final class ReviewSchedule {

    private static final int PRE_ADOPTIVE_DAYS = 28;
    private static final int PRE_ADOPTIVE_SECOND_MONTHS = 3;
    private static final int PLACEMENT_ORDER_MONTHS = 3;
    private static final int SHORT_BREAKS_FIRST_MONTHS = 3;
    private static final int PATHWAY_PLAN_MONTHS = 6;

    private final WorkingDayCalendar calendar;

    public ReviewSchedule(WorkingDayCalendar calendar) {
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
        List<ReviewCycles.Cycle> cycles = ReviewCycles.of(child.periods());
        int[] cycleOf = new int[held.size()];
        for (int i = 0; i < held.size(); i++) {
            HeldReview review = held.get(i);
            cycleOf[i] = review.kind() == ReviewKind.CLA ? ReviewCycles.indexOf(cycles, review.meetings()) : -1;
        }
        NextReview next = null;
        Due due = new Due();
        CareOnTheDay care = new CareOnTheDay();
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
                    due(due, care, policies, cycle, previous, before, directions, review.meetings().first());
                    timings.add(new ReviewTiming(review.id(), due.date, sequence(cycle, previous), due.basis,
                            review.meetings().inTimescale(due.date, calendar)));
                }
                previous.add(review.meetings().last());
            }
            if (!previous.isEmpty()) {
                lastLookedAfterReview = previous.get(previous.size() - 1);
            }
            if (cycle.current()) {
                due(due, care, policies, cycle, previous, before, directions, null);
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
        // Almost always every review is complete and in order already: then the list is used as it is, not copied.
        boolean asTheyAre = true;
        for (int i = 0; i < reviews.size() && asTheyAre; i++) {
            asTheyAre = reviews.get(i).complete()
                    && (i == 0 || !reviews.get(i).meetings().first().isBefore(reviews.get(i - 1).meetings().first()));
        }
        if (asTheyAre) {
            return reviews;
        }
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

    /**
     * The due date being decided and the rule that set it. One per {@link #compute} call, reused for every due date
     * it decides (each read before the next is decided): a review's due date costs no object of its own.
     */
    private static final class Due {
        private LocalDate date;
        private ReviewBasis basis;

        private Due set(LocalDate date, ReviewBasis basis) {
            this.date = date;
            this.basis = basis;
            return this;
        }

        /** The earlier of the two; a tie keeps the rule already chosen, the more general one. */
        private void earlier(LocalDate candidate, ReviewBasis candidateBasis) {
            if (candidate.isBefore(date)) {
                set(candidate, candidateBasis);
            }
        }

        /**
         * {@code base.plusMonths(months)} if that is earlier, without making the date unless it is: the month is
         * compared first, and only a tie on the month needs the day (the end of a shorter month, as plusMonths gives).
         */
        private void earlierMonthsAfter(LocalDate base, int months, ReviewBasis candidateBasis) {
            long month = base.getYear() * 12L + base.getMonthValue() - 1 + months;
            long current = date.getYear() * 12L + date.getMonthValue() - 1;
            if (month > current) {
                return;
            }
            if (month == current) {
                int day = Math.min(base.getDayOfMonth(), date.lengthOfMonth());
                if (day >= date.getDayOfMonth()) {
                    return;
                }
            }
            set(base.plusMonths(months), candidateBasis);
        }
    }

    /** The due date under the policy that applies to it (see the class comment). */
    private void due(Due due, CareOnTheDay care, PolicyHistory policies, ReviewCycles.Cycle cycle, List<LocalDate> previous,
                     List<LocalDate> before, List<Direction> directions, LocalDate asAt) {
        List<PolicyHistory.Version> versions = policies.versions();
        if (versions.size() == 1) {
            due(due, care, versions.get(0).policy(), cycle, previous, before, directions, asAt);
            return;
        }
        LocalDate cycleStart = previous.isEmpty() ? cycle.start() : previous.get(previous.size() - 1);
        due(due, care, policies.inForceOn(cycleStart), cycle, previous, before, directions, asAt);
        LocalDate date = due.date;
        ReviewBasis basis = due.basis;
        for (PolicyHistory.Version later : versions) {
            LocalDate from = later.from();
            if (from == null || !from.isAfter(cycleStart) || (asAt != null && from.isAfter(asAt))) {
                continue;
            }
            if (!from.isAfter(date)) {
                due(due, care, later.policy(), cycle, previous, before, directions, asAt);
                date = due.date.isBefore(from) ? from : due.date;
                basis = due.basis;
            }
        }
        due.set(date, basis);
    }

    /**
     * The due date of the review after {@code previous} (last meeting dates) in this cycle, from the facts known on
     * {@code asAt} (everything, when null).
     *
     * @param before the reviews of the cycle before, where this one began part-way through their period of care:
     *               they met the placement's own reviews and the directions given before them
     */
    private void due(Due earliest, CareOnTheDay care, Policy policy, ReviewCycles.Cycle cycle, List<LocalDate> previous,
                     List<LocalDate> before, List<Direction> directions, LocalDate asAt) {
        LocalDate last = previous.isEmpty() ? null : previous.get(previous.size() - 1);
        List<LocalDate> inPeriod = before.isEmpty() ? previous : concat(before, previous);
        LocalDate lastHeld = lastOf(previous, before, null);
        if (last == null) {
            if (!cycle.startKnown()) {
                // The latest a review can be owed, whatever came before the records: a later review's interval.
                earliest.set(cycle.start().plusMonths(policy.timing().laterReviewMonths()), ReviewBasis.START_NOT_KNOWN);
            } else if (cycle.shortBreaks()) {
                earliest.set(cycle.start().plusMonths(SHORT_BREAKS_FIRST_MONTHS), ReviewBasis.SHORT_BREAKS);
            } else {
                earliest.set(calendar.workingDaysAfter(cycle.start(), policy.timing().firstReviewWorkingDays()),
                        ReviewBasis.CARE_START);
            }
        } else {
            // A short-breaks child's second review, and the next after one whose predecessors are not known, come 6
            // months on, as every later review does.
            boolean second = previous.size() == 1 && !cycle.shortBreaks() && cycle.startKnown();
            earliest.set(last.plusMonths(second ? policy.timing().secondReviewMonths() : policy.timing().laterReviewMonths()),
                    ReviewBasis.AFTER_REVIEW);
        }
        PeriodOfCare period = cycle.periodOn(asAt);
        Placement placement = care.on(period, asAt).placement();
        if (placement != null && placement.type().isPlacedForAdoption()) {
            LocalDate placed = adoptivePlacementStart(period, care.placementIndex());
            int since = countOnOrAfter(inPeriod, placed);
            if (since == 0) {
                earliest.earlier(placed.plusDays(PRE_ADOPTIVE_DAYS), ReviewBasis.PRE_ADOPTIVE_PLACEMENT);
            } else if (since == 1) {
                earliest.earlierMonthsAfter(lastHeld, PRE_ADOPTIVE_SECOND_MONTHS, ReviewBasis.PRE_ADOPTIVE_PLACEMENT);
            }
        } else {
            LocalDate authorised = care.placementOrderSince();
            if (authorised != null && countOnOrAfter(inPeriod, authorised) == 0) {
                earliest.earlierMonthsAfter(authorised, PLACEMENT_ORDER_MONTHS, ReviewBasis.PLACEMENT_ORDER);
            }
        }
        if (placement != null && policy.unregulated().reviewMonths() != null
                && policy.unregulated().placementTypes().contains(placement.type().code())) {
            LocalDate from = lastHeld == null || placement.start().isAfter(lastHeld) ? placement.start() : lastHeld;
            earliest.earlierMonthsAfter(from, policy.unregulated().reviewMonths(), ReviewBasis.UNREGULATED_PLACEMENT);
        }
        LocalDate since = lastHeld != null ? lastHeld : cycle.careStarted();
        for (int i = 0; i < directions.size(); i++) {
            Direction direction = directions.get(i);
            // A direction to hold the review by a day the last review already met was satisfied by it.
            boolean stillOwed = lastHeld == null || direction.dueBy().isAfter(lastHeld);
            if (stillOwed && !direction.directedOn().isBefore(since)
                    && (asAt == null || !direction.directedOn().isAfter(asAt))) {
                earliest.earlier(direction.dueBy(), ReviewBasis.BROUGHT_FORWARD);
            }
        }
    }

    private static List<LocalDate> concat(List<LocalDate> first, List<LocalDate> then) {
        List<LocalDate> both = new ArrayList<>(first.size() + then.size());
        both.addAll(first);
        both.addAll(then);
        return both;
    }

    private static int countOnOrAfter(List<LocalDate> dates, LocalDate from) {
        int count = 0;
        for (int i = 0; i < dates.size(); i++) {
            if (!dates.get(i).isBefore(from)) {
                count++;
            }
        }
        return count;
    }

    /**
     * When the pre-adoptive count began (Adoption Agencies Regulations 2005, reg 36(2)(a)): the latest placement for
     * adoption with new carers in the unbroken run of A3–A6 placements ending here, else the run's first. A4 and A6
     * are placements not with the current foster carers, so each is a move, even from one A4/A6 placement to another;
     * a placement of the same type as the one before it is a move too, since only a move makes one (an SSDA903
     * episode with {@code RNE} P or B). A3 or A5 after another type is the change of type alone, with the same carers.
     */
    private static LocalDate adoptivePlacementStart(PeriodOfCare period, int current) {
        List<Placement> placements = period.placements();
        int i = current;
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
        if (latest.isEmpty() || latest.get().isOpen()) {
            return null;
        }
        LocalDate eighteen = child.eighteenthBirthday();
        if (latest.get().end().isBefore(eighteen)) {
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
}
