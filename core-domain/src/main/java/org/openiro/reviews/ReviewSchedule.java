package org.openiro.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyHistory;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;

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
        return compute(policies, history(child, reviews, directions));
    }

    /**
     * The child's history laid out for this schedule ({@link ReviewHistory}), to keep while it does not change and
     * compute from as often as the policy or the day asks: {@link #compute(PolicyHistory, ReviewHistory)} gives the
     * same schedule as {@link #compute(PolicyHistory, Child, List, List)} of the same history.
     */
    public ReviewHistory history(Child child, List<HeldReview> reviews, List<Direction> directions) {
        return ReviewHistory.of(calendar, child, reviews, directions);
    }

    /**
     * The schedule of a child whose reviews were read as numbers ({@link HeldRows}): the same as {@link
     * #compute(PolicyHistory, Child, List, List)} of the same reviews, with no review object made to lay them out.
     * What the service uses where it reads a child's reviews only to schedule them.
     */
    public Schedule compute(PolicyHistory policies, Child child, HeldRows reviews, List<Direction> directions) {
        return compute(policies, history(child, reviews, directions));
    }

    /** {@link #history(Child, List, List)} of reviews read as numbers. */
    public ReviewHistory history(Child child, HeldRows reviews, List<Direction> directions) {
        return ReviewHistory.of(calendar, child, reviews, directions);
    }

    /**
     * The schedule of a child whose reviews and care were both read as numbers ({@link HeldRows#hasCare()}): the same
     * as {@link #compute(PolicyHistory, Child, List, List)} of the same history, with no object of the child's read
     * (issue 23, eighth step). What {@code Timetable.of} uses when the adapter reads the care with the reviews.
     */
    public Schedule compute(PolicyHistory policies, HeldRows reviewsAndCare, List<Direction> directions) {
        return compute(policies, history(reviewsAndCare, directions));
    }

    /** {@link #history(Child, List, List)} of reviews and care read as numbers. */
    public ReviewHistory history(HeldRows reviewsAndCare, List<Direction> directions) {
        return ReviewHistory.of(calendar, reviewsAndCare, directions);
    }

    /** The schedule of a history laid out by {@link #history}. */
    public Schedule compute(PolicyHistory policies, ReviewHistory history) {
        Schedule.Measured timings = new Schedule.Measured(history.ids, history.reviews);
        NextReview next = null;
        Due due = new Due(policies, history, new CareOnTheDay(history));
        int lastLookedAfterReview = Days.NONE;
        for (int c = 0; c < history.cycles; c++) {
            // Begun when a short-breaks child came into care under another legal status: the reviews held before in
            // the same period of care still met what they met (a placement's own review, a direction).
            due.startCycle(c);
            for (int i = 0; i < history.reviews; i++) {
                if (history.cycleOf(i) != c) {
                    continue;
                }
                if (due.held == 0 && !history.startKnown(c)) {
                    // Nothing is known of the reviews before the records begin: no due date to measure this one by.
                    timings.add(i, Days.NONE, -1, ReviewBasis.START_NOT_KNOWN, Schedule.Measured.NOT_MEASURED);
                } else {
                    due.decide(history.first(i));
                    timings.add(i, due.date, sequence(history, c, due.held), due.basis,
                            history.first(i) <= due.date && history.seriesWithinLimit(i)
                                    ? Schedule.Measured.IN_TIMESCALE : Schedule.Measured.LATE);
                }
                due.held(i);
            }
            if (due.held > 0) {
                lastLookedAfterReview = due.lastHeld();
            }
            if (history.current(c)) {
                due.decide(Days.ALL);
                int from = due.lastHeld() != Days.NONE ? due.lastHeld() : history.careStarted(c);
                // At 18 the looked-after cycle ends: a review falling due from the birthday on is none of it.
                if (due.date < history.eighteenthBirthday) {
                    LocalDate date = Days.date(due.date);
                    int sequence = sequence(history, c, due.held);
                    next = new NextReview(date, sequence < 0 ? null : sequence, due.basis, midway(from, date));
                }
            }
        }
        NextReview pathwayPlan = pathwayPlans(policies, history, lastLookedAfterReview, timings);
        if (next == null) {
            next = pathwayPlan;
        }
        return new Schedule(timings, Optional.ofNullable(next));
    }

    /** 1, 2, then 3 for every later review; not known (-1) in a cycle whose start the records do not show. */
    private static int sequence(ReviewHistory history, int cycle, int held) {
        if (!history.startKnown(cycle)) {
            return held == 0 ? -1 : 3;
        }
        return Math.min(held + 1, 3);
    }

    /**
     * The due date being decided, the rule that set it, and the cycle it is decided in with the reviews held in it so
     * far (by their index in the history: nothing is copied). One per {@link #compute} call, reused for every due date
     * it decides (each read before the next is decided): a review's due date costs no object of its own, and its dates
     * are {@link Days} numbers.
     */
    private final class Due {
        private final PolicyHistory policies;
        private final List<PolicyHistory.Version> versions;
        private final ReviewHistory history;
        private final CareOnTheDay care;
        private int date;
        private ReviewBasis basis;
        private int cycle;
        /** How many of the cycle's reviews are held so far, and the last of them (the history's index; -1: none). */
        private int held;
        private int last = -1;
        /**
         * The reviews of the cycle before, where this one began part-way through their period of care: they met the
         * placement's own reviews and the directions given before them. How many (0 otherwise), and the last.
         */
        private int before;
        private int lastBefore = -1;

        Due(PolicyHistory policies, ReviewHistory history, CareOnTheDay care) {
            this.policies = policies;
            this.versions = policies.versions();
            this.history = history;
            this.care = care;
        }

        void startCycle(int c) {
            before = history.beganInPeriod(c) ? held : 0;
            lastBefore = last;
            held = 0;
            last = -1;
            cycle = c;
        }

        /** The history's review {@code review}, of this cycle, is held: the next is due after it. */
        void held(int review) {
            held++;
            last = review;
        }

        /** The last meeting of the last of the reviews held, those of the cycle before if none yet, else NONE. */
        int lastHeld() {
            return held > 0 ? history.last(last) : before > 0 ? history.last(lastBefore) : Days.NONE;
        }

        private void set(int date, ReviewBasis basis) {
            this.date = date;
            this.basis = basis;
        }

        /** The earlier of the two; a tie keeps the rule already chosen, the more general one. */
        private void earlier(int candidate, ReviewBasis candidateBasis) {
            if (candidate < date) {
                set(candidate, candidateBasis);
            }
        }

        /**
         * How many of the reviews held in the period (those of the cycle before, where they count, then its own so
         * far) had their last meeting on or after {@code from}. Asked only where a placement for adoption or a
         * placement order is in force, so the reviews are looked for rather than kept.
         */
        private int heldOnOrAfter(int from) {
            int count = 0;
            for (int i = 0; i <= Math.max(last, lastBefore); i++) {
                int of = history.cycleOf(i);
                boolean counts = (of == cycle && i <= last) || (before > 0 && of == cycle - 1 && i <= lastBefore);
                count += counts && history.last(i) >= from ? 1 : 0;
            }
            return count;
        }

        /**
         * The due date of the next review in the cycle, under the policy that applies to it (see the class comment),
         * from the facts known on {@code asAt} (everything, when {@link Days#ALL}).
         */
        void decide(int asAt) {
            if (versions.size() == 1) {
                decide(versions.get(0).policy(), asAt);
                return;
            }
            int cycleStart = held == 0 ? history.cycleStart(cycle) : history.last(last);
            decide(policies.inForceOn(Days.date(cycleStart)), asAt);
            int decided = date;
            ReviewBasis decidedBasis = basis;
            for (int v = 1; v < versions.size(); v++) {
                PolicyHistory.Version later = versions.get(v);
                int from = Days.of(later.from());
                if (from <= cycleStart || from > asAt) {
                    continue;
                }
                if (from <= decided) {
                    decide(later.policy(), asAt);
                    decided = Math.max(date, from);
                    decidedBasis = basis;
                }
            }
            set(decided, decidedBasis);
        }

        /** The due date of the next review in the cycle under {@code policy}, from the facts known on {@code asAt}. */
        private void decide(Policy policy, int asAt) {
            boolean shortBreaks = history.shortBreaks(cycle);
            boolean startKnown = history.startKnown(cycle);
            int lastHeld = lastHeld();
            if (held == 0) {
                int start = history.cycleStart(cycle);
                if (!startKnown) {
                    // The latest a review can be owed, whatever came before the records: a later review's interval.
                    set(Days.plusMonths(start, policy.timing().laterReviewMonths()), ReviewBasis.START_NOT_KNOWN);
                } else if (shortBreaks) {
                    set(Days.plusMonths(start, SHORT_BREAKS_FIRST_MONTHS), ReviewBasis.SHORT_BREAKS);
                } else {
                    set(Days.workingDaysAfter(calendar, start, policy.timing().firstReviewWorkingDays()),
                            ReviewBasis.CARE_START);
                }
            } else {
                // A short-breaks child's second review, and the next after one whose predecessors are not known, come
                // 6 months on, as every later review does.
                boolean second = held == 1 && !shortBreaks && startKnown;
                set(Days.plusMonths(history.last(last), second ? policy.timing().secondReviewMonths()
                        : policy.timing().laterReviewMonths()), ReviewBasis.AFTER_REVIEW);
            }
            int period = history.periodOn(cycle, asAt);
            int placement = care.on(period, asAt).placement();
            if (placement >= 0 && history.placedForAdoption(placement)) {
                int placed = adoptivePlacementStart(history, period, placement);
                int since = heldOnOrAfter(placed);
                if (since == 0) {
                    earlier(Days.plusDays(placed, PRE_ADOPTIVE_DAYS), ReviewBasis.PRE_ADOPTIVE_PLACEMENT);
                } else if (since == 1) {
                    earlier(Days.plusMonths(lastHeld, PRE_ADOPTIVE_SECOND_MONTHS),
                            ReviewBasis.PRE_ADOPTIVE_PLACEMENT);
                }
            } else {
                int authorised = care.placementOrderSince();
                if (authorised != Days.NONE && heldOnOrAfter(authorised) == 0) {
                    earlier(Days.plusMonths(authorised, PLACEMENT_ORDER_MONTHS), ReviewBasis.PLACEMENT_ORDER);
                }
            }
            if (placement >= 0 && policy.unregulated().reviewMonths() != null
                    && policy.unregulated().placementTypes().contains(history.placementCode(placement))) {
                int placed = history.placementStart(placement);
                int from = lastHeld == Days.NONE || placed > lastHeld ? placed : lastHeld;
                earlier(Days.plusMonths(from, policy.unregulated().reviewMonths()), ReviewBasis.UNREGULATED_PLACEMENT);
            }
            int since = lastHeld != Days.NONE ? lastHeld : history.careStarted(cycle);
            for (int d = 0; d < history.directions; d++) {
                int dueBy = history.dueBy(d);
                int directedOn = history.directedOn(d);
                // A direction to hold the review by a day the last review already met was satisfied by it.
                boolean stillOwed = lastHeld == Days.NONE || dueBy > lastHeld;
                if (stillOwed && directedOn >= since && directedOn <= asAt) {
                    earlier(dueBy, ReviewBasis.BROUGHT_FORWARD);
                }
            }
        }
    }

    /**
     * When the pre-adoptive count began (Adoption Agencies Regulations 2005, reg 36(2)(a)): the latest placement for
     * adoption with new carers in the unbroken run of A3–A6 placements ending here, else the run's first. A4 and A6
     * are placements not with the current foster carers, so each is a move, even from one A4/A6 placement to another;
     * a placement of the same type as the one before it is a move too, since only a move makes one (an SSDA903
     * episode with {@code RNE} P or B). A3 or A5 after another type is the change of type alone, with the same carers.
     */
    private static int adoptivePlacementStart(ReviewHistory history, int period, int current) {
        int i = current;
        while (i > history.firstPlacement(period)) {
            if (!history.placedForAdoption(i - 1) || history.withNewCarers(i)
                    || history.sameType(i, i - 1)) {
                break;
            }
            i--;
        }
        return history.placementStart(i);
    }

    /** Halfway from {@code from} to {@code due} (the earlier day of two): {@code from} read as a number, not a date. */
    private static LocalDate midway(int from, LocalDate due) {
        long since = Days.toEpochDay(from);
        long days = due.toEpochDay() - since;
        return days <= 0 ? due : LocalDate.ofEpochDay(since + days / 2);
    }

    /**
     * Pathway plan reviews chaired by IROs (policy): for a care leaver whose care ended at 18 or later, the first is
     * due six months after their last looked-after review, then six months after each, until they are 21 (or only the
     * first, for {@code first-after-18}). Measures those held, and answers the next one where the policy now has IROs
     * chair them.
     */
    private NextReview pathwayPlans(PolicyHistory policies, ReviewHistory history, int lastLookedAfterReview,
                                    Schedule.Measured timings) {
        Policy policy = policies.current();
        if (history.latestEnd == Days.NONE || history.latestEnd == Days.ALL) {
            return null;
        }
        int eighteen = history.eighteenthBirthday;
        if (history.latestEnd < eighteen) {
            return null;
        }
        // dateOfBirth.plusYears(21): the same day 252 months on (28 February for a child born on 29 February).
        int twentyOne = Days.plusMonths(history.dateOfBirth, 21 * 12);
        int from = lastLookedAfterReview != Days.NONE ? lastLookedAfterReview : eighteen;
        boolean anyHeld = false;
        for (int i = 0; i < history.reviews; i++) {
            if (!history.pathwayPlan(i)) {
                continue;
            }
            anyHeld = true;
            int due = Days.plusMonths(from, PATHWAY_PLAN_MONTHS);
            timings.add(i, due, -1, ReviewBasis.PATHWAY_PLAN, history.first(i) <= due && history.seriesWithinLimit(i)
                    ? Schedule.Measured.IN_TIMESCALE : Schedule.Measured.LATE);
            from = history.last(i);
        }
        boolean onlyTheFirst = policy.pathwayPlanReviews() == Policy.PathwayPlanReviews.FIRST_AFTER_18;
        int due = Days.plusMonths(from, PATHWAY_PLAN_MONTHS);
        if (policy.pathwayPlanReviews() == Policy.PathwayPlanReviews.NONE || (onlyTheFirst && anyHeld)
                || due >= twentyOne) {
            return null;
        }
        LocalDate chairedSince = chairingPathwayPlansSince(policies);
        LocalDate dueDate = Days.date(due);
        if (chairedSince != null && dueDate.isBefore(chairedSince)) {
            dueDate = chairedSince;
        }
        return new NextReview(dueDate, null, ReviewBasis.PATHWAY_PLAN, midway(from, dueDate));
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
