package org.openiro.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;

/**
 * A child's history as the review schedule reads it: the reviews held (complete ones, in order of their first
 * meeting), the cycles of care, the periods with their placements and legal statuses, and the IRO directions, laid
 * out as dates in one array of ints ({@link Days}) and the review ids and placement codes in one array of strings
 * (the reviews in arrays of their own when they are the rows read, {@link #held}). Made by {@link
 * ReviewSchedule#history}, from {@link HeldReview}s or from reviews read as numbers ({@link HeldRows}); {@link
 * ReviewSchedule#compute(org.openiro.authority.PolicyHistory, ReviewHistory)} answers from it alone.
 *
 * <p>Why it exists (docs/benchmarks.md, {@code schedule}, issue 23): the schedule of many children is bound by reading
 * their histories from memory, where each review is four objects and each placement three, wherever the collector
 * left them. Laid out like this a child is three objects side by side, read front to back, and the month arithmetic
 * runs on the numbers. Nothing here decides a due date: what the schedule needs is only read out of the domain's
 * objects, once, with the rules that say what a cycle is ({@link ReviewCycles#walk}) and which reviews count
 * (complete ones, by first meeting) applied as the schedule always applied them.
 *
 * <p>It depends on the policy not at all, so it stays true until the history changes.
 */
public final class ReviewHistory {

    // The sections of days, each a row of ints per item.
    static final int REVIEW = 4;      // first meeting, last meeting, cycle (-1: none), flags
    static final int CYCLE = 5;       // start, last day (Days.ALL: no end), first period, period after last, flags
    static final int PERIOD = 5;      // start, first placement, placement after last, first status, status after last
    static final int PLACEMENT = 2;   // start, flags
    static final int STATUS = 2;      // from, 1 when a placement order (E1)
    static final int DIRECTION = 2;   // due by, directed on

    static final int SERIES_WITHIN_LIMIT = 1;
    static final int PATHWAY_PLAN = 2;
    /** Every review laid out is complete; the flag is {@link HeldRows}'s, whose rows may be the history's. */
    static final int COMPLETE = 4;
    static final int SHORT_BREAKS = 1;
    static final int START_KNOWN = 2;
    static final int CURRENT = 4;
    static final int PLACED_FOR_ADOPTION = 1;
    static final int WITH_NEW_CARERS = 2;

    /**
     * The reviews held, a row of {@link #REVIEW} ints each from the start, and their ids: the rows and ids of the
     * {@link HeldRows} it was laid out from when those were complete and in order (issue 23, seventh step), else the
     * start of {@link #days} and {@link #names}, so that a history laid out from objects is still two arrays.
     */
    final int[] held;
    final String[] ids;
    /** The periods, placements, legal statuses, directions and cycles, after the reviews when they are here too. */
    final int[] days;
    /** The placements' PLACE codes from {@link #codeAt}, after the review ids when they are here too. */
    final String[] names;
    final int codeAt;
    final int reviews;
    final int cycles;
    final int periods;
    final int directions;
    final int cycleAt;
    final int periodAt;
    final int placementAt;
    final int statusAt;
    final int directionAt;
    final int dateOfBirth;
    final int eighteenthBirthday;
    /** The end of the latest period of care: {@link Days#ALL} while it is open, {@link Days#NONE} with none. */
    final int latestEnd;

    private ReviewHistory(int[] held, String[] ids, int[] days, String[] names, int codeAt, int reviews, int cycles,
                          int periods, int directions, int cycleAt, int periodAt, int placementAt, int statusAt,
                          int directionAt, int dateOfBirth, int eighteenthBirthday, int latestEnd) {
        this.held = held;
        this.ids = ids;
        this.days = days;
        this.names = names;
        this.codeAt = codeAt;
        this.reviews = reviews;
        this.cycles = cycles;
        this.periods = periods;
        this.directions = directions;
        this.cycleAt = cycleAt;
        this.periodAt = periodAt;
        this.placementAt = placementAt;
        this.statusAt = statusAt;
        this.directionAt = directionAt;
        this.dateOfBirth = dateOfBirth;
        this.eighteenthBirthday = eighteenthBirthday;
        this.latestEnd = latestEnd;
    }

    /** The history laid out; {@code calendar} says whether each series of meetings finished within its limit. */
    static ReviewHistory of(WorkingDayCalendar calendar, Child child, List<HeldReview> reviews,
                            List<Direction> directions) {
        List<HeldReview> held = completeInOrder(reviews);
        return of(calendar, child, held, null, null, held.size(), directions);
    }

    /**
     * The history laid out from reviews handed over as numbers ({@link HeldRows}): the same rows as {@link
     * #of(WorkingDayCalendar, Child, List, List)} writes for the same reviews as {@link HeldReview}s, with no object
     * made for a review; only a series is asked of the calendar whether it finished within its limit. When they are
     * all complete and in order the rows are laid out where they are, not copied.
     */
    static ReviewHistory of(WorkingDayCalendar calendar, Child child, HeldRows rows, List<Direction> directions) {
        int[] order = rows.completeInOrder();
        return of(calendar, child, null, rows, order, order == null ? rows.size() : order.length, directions);
    }

    /**
     * Lays the history out from the reviews held, complete and in order: {@code held} or {@code rows} (in the order of
     * {@code order}, or as they are when it is null). One method for both, laid out on local variables and made one
     * object at the end, as it was before the rows: split into a part for the periods and one for a review's row, the
     * layout from objects measured a fifth slower against the same baseline (issue 23, sixth step).
     */
    private static ReviewHistory of(WorkingDayCalendar calendar, Child child, List<HeldReview> held, HeldRows rows,
                                    int[] order, int reviews, List<Direction> directions) {
        List<PeriodOfCare> periods = child.periods();
        int placements = 0;
        int statuses = 0;
        for (int p = 0; p < periods.size(); p++) {
            placements += periods.get(p).placements().size();
            statuses += periods.get(p).legalStatuses().size();
        }
        // Rows read complete and in order are the history's reviews where they stand: nothing copied.
        boolean inPlace = rows != null && order == null;
        int codeAt = inPlace ? 0 : reviews;
        int periodAt = inPlace ? 0 : reviews * REVIEW;
        int placementAt = periodAt + periods.size() * PERIOD;
        int statusAt = placementAt + placements * PLACEMENT;
        int directionAt = statusAt + statuses * STATUS;
        int cycleAt = directionAt + directions.size() * DIRECTION;
        // A period begins at most two cycles (a series ending, and the ordinary cycle its change of status begins).
        int[] days = new int[cycleAt + 2 * periods.size() * CYCLE];
        String[] names = new String[codeAt + placements];
        int[] reviewDays = inPlace ? rows.rows : days;
        String[] ids = inPlace ? rows.ids : names;

        int placement = 0;
        int status = 0;
        for (int p = 0; p < periods.size(); p++) {
            PeriodOfCare period = periods.get(p);
            int at = periodAt + p * PERIOD;
            days[at] = Days.of(period.start());
            days[at + 1] = placement;
            days[at + 3] = status;
            List<Placement> ofPeriod = period.placements();
            for (int i = 0; i < ofPeriod.size(); i++, placement++) {
                Placement each = ofPeriod.get(i);
                days[placementAt + placement * PLACEMENT] = Days.of(each.start());
                days[placementAt + placement * PLACEMENT + 1] = (each.type().isPlacedForAdoption()
                        ? PLACED_FOR_ADOPTION : 0) | (each.type().isPlacedForAdoptionWithNewCarers()
                        ? WITH_NEW_CARERS : 0);
                names[codeAt + placement] = each.type().code();
            }
            List<LegalStatusSpell> spells = period.legalStatuses();
            for (int i = 0; i < spells.size(); i++, status++) {
                days[statusAt + status * STATUS] = Days.of(spells.get(i).from());
                days[statusAt + status * STATUS + 1] = spells.get(i).status() == LegalStatus.E1 ? 1 : 0;
            }
            days[at + 2] = placement;
            days[at + 4] = status;
        }
        for (int d = 0; d < directions.size(); d++) {
            days[directionAt + d * DIRECTION] = Days.of(directions.get(d).dueBy());
            days[directionAt + d * DIRECTION + 1] = Days.of(directions.get(d).directedOn());
        }
        int cycles = new CycleRows(days, cycleAt).of(periods);
        for (int i = 0; i < reviews; i++) {
            int at = i * REVIEW;
            boolean pathwayPlan;
            boolean withinLimit;
            if (rows == null) {
                HeldReview review = held.get(i);
                Meetings meetings = review.meetings();
                reviewDays[at] = Days.of(meetings.first());
                reviewDays[at + 1] = Days.of(meetings.last());
                pathwayPlan = review.kind() == ReviewKind.PATHWAY_PLAN;
                withinLimit = meetings.finishedWithinSeriesLimit(calendar);
                ids[i] = review.id();
            } else {
                int r = inPlace ? i : order[i];
                if (!inPlace) {
                    reviewDays[at] = rows.first(r);
                    reviewDays[at + 1] = rows.last(r);
                    ids[i] = rows.id(r);
                }
                pathwayPlan = rows.pathwayPlan(r);
                withinLimit = !rows.isSeries(r) || seriesWithinLimit(calendar, reviewDays[at], reviewDays[at + 1]);
            }
            reviewDays[at + 2] = pathwayPlan ? -1
                    : cycleOf(days, cycleAt, periodAt, cycles, reviewDays[at], reviewDays[at + 1]);
            reviewDays[at + 3] = COMPLETE | (withinLimit ? SERIES_WITHIN_LIMIT : 0) | (pathwayPlan ? PATHWAY_PLAN : 0);
        }
        PeriodOfCare latest = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        return new ReviewHistory(reviewDays, ids, days, names, codeAt, reviews, cycles, periods.size(),
                directions.size(), cycleAt, periodAt, placementAt, statusAt, directionAt, Days.of(child.dateOfBirth()),
                Days.of(child.eighteenthBirthday()), latest == null ? Days.NONE : Days.of(latest.end(), Days.ALL));
    }

    /** {@link Meetings#finishedWithinSeriesLimit} of a series from {@code first} to {@code last}. */
    private static boolean seriesWithinLimit(WorkingDayCalendar calendar, int first, int last) {
        return last <= Days.of(calendar.workingDaysAfter(Days.date(first), Meetings.SERIES_WORKING_DAYS));
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
        held.sort(BY_FIRST_MEETING);
        return held;
    }

    private static final Comparator<HeldReview> BY_FIRST_MEETING = Comparator.comparing(r -> r.meetings().first());

    /** Writes each cycle {@link ReviewCycles#walk} finds as a row of days, and counts them. */
    private static final class CycleRows implements ReviewCycles.Found {
        private final int[] days;
        private int at;
        private int count;

        CycleRows(int[] days, int at) {
            this.days = days;
            this.at = at;
        }

        int of(List<PeriodOfCare> periods) {
            ReviewCycles.walk(periods, this);
            return count;
        }

        @Override
        public void cycle(boolean shortBreaks, boolean startKnown, LocalDate start, int from, int to,
                          LocalDate lastDay, boolean current) {
            days[at] = Days.of(start);
            days[at + 1] = Days.of(lastDay, Days.ALL);
            days[at + 2] = from;
            days[at + 3] = to;
            days[at + 4] = (shortBreaks ? SHORT_BREAKS : 0) | (startKnown ? START_KNOWN : 0) | (current ? CURRENT : 0);
            at += CYCLE;
            count++;
        }
    }

    /**
     * The cycle a review held from {@code first} to {@code last} belongs to, or -1: {@link ReviewCycles#indexOf}'s
     * rule on these rows. The one holding its last meeting (the latest begun by then, if it has not ended before it);
     * but a review begun while the child was on short breaks stays the series' when it ended after they came into
     * care under another legal status in the same period of care.
     */
    private static int cycleOf(int[] days, int cycleAt, int periodAt, int cycles, int first, int last) {
        int c = cycles - 1;
        while (c >= 0 && days[cycleAt + c * CYCLE] > last) {
            c--;
        }
        if (c < 0 || last > days[cycleAt + c * CYCLE + 1]) {
            return -1;
        }
        int start = days[cycleAt + c * CYCLE];
        if (c > 0 && start > careStarted(days, cycleAt, periodAt, c) && first < start) {
            return c - 1;
        }
        return c;
    }

    // --- read by the schedule -------------------------------------------------------------------------------------

    int first(int review) {
        return held[review * REVIEW];
    }

    int last(int review) {
        return held[review * REVIEW + 1];
    }

    int cycleOf(int review) {
        return held[review * REVIEW + 2];
    }

    boolean seriesWithinLimit(int review) {
        return (held[review * REVIEW + 3] & SERIES_WITHIN_LIMIT) != 0;
    }

    boolean pathwayPlan(int review) {
        return (held[review * REVIEW + 3] & PATHWAY_PLAN) != 0;
    }

    String id(int review) {
        return ids[review];
    }

    int cycleStart(int cycle) {
        return days[cycleAt + cycle * CYCLE];
    }

    boolean shortBreaks(int cycle) {
        return (days[cycleAt + cycle * CYCLE + 4] & SHORT_BREAKS) != 0;
    }

    boolean startKnown(int cycle) {
        return (days[cycleAt + cycle * CYCLE + 4] & START_KNOWN) != 0;
    }

    boolean current(int cycle) {
        return (days[cycleAt + cycle * CYCLE + 4] & CURRENT) != 0;
    }

    /** When the child first came into care in this cycle: the start of its first period. */
    int careStarted(int cycle) {
        return careStarted(days, cycleAt, periodAt, cycle);
    }

    private static int careStarted(int[] days, int cycleAt, int periodAt, int cycle) {
        return days[periodAt + days[cycleAt + cycle * CYCLE + 2] * PERIOD];
    }

    /** An ordinary cycle begun part-way through a period of care: a short-breaks child's legal status changed. */
    boolean beganInPeriod(int cycle) {
        return cycleStart(cycle) > careStarted(cycle);
    }

    /** The period of care whose facts stood on {@code day} in this cycle (the latest begun by then). */
    int periodOn(int cycle, int day) {
        int at = cycleAt + cycle * CYCLE;
        int on = days[at + 2];
        for (int p = on + 1; p < days[at + 3] && periodStart(p) <= day; p++) {
            on = p;
        }
        return on;
    }

    int periodStart(int period) {
        return days[periodAt + period * PERIOD];
    }

    int firstPlacement(int period) {
        return days[periodAt + period * PERIOD + 1];
    }

    int placementsEnd(int period) {
        return days[periodAt + period * PERIOD + 2];
    }

    int firstStatus(int period) {
        return days[periodAt + period * PERIOD + 3];
    }

    int statusesEnd(int period) {
        return days[periodAt + period * PERIOD + 4];
    }

    int placementStart(int placement) {
        return days[placementAt + placement * PLACEMENT];
    }

    boolean placedForAdoption(int placement) {
        return (days[placementAt + placement * PLACEMENT + 1] & PLACED_FOR_ADOPTION) != 0;
    }

    boolean withNewCarers(int placement) {
        return (days[placementAt + placement * PLACEMENT + 1] & WITH_NEW_CARERS) != 0;
    }

    String placementCode(int placement) {
        return names[codeAt + placement];
    }

    int statusFrom(int status) {
        return days[statusAt + status * STATUS];
    }

    boolean placementOrder(int status) {
        return days[statusAt + status * STATUS + 1] != 0;
    }

    int dueBy(int direction) {
        return days[directionAt + direction * DIRECTION];
    }

    int directedOn(int direction) {
        return days[directionAt + direction * DIRECTION + 1];
    }
}
