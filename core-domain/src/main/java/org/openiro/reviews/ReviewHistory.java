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
import org.openiro.children.PlacementType;

/**
 * A child's history as the review schedule reads it: the reviews held (complete ones, in order of their first
 * meeting), the cycles of care, the periods with their placements and legal statuses, and the IRO directions, laid
 * out as dates in one array of ints ({@link Days}), each placement's PLACE code as its number in {@link
 * PlacementType#codes()}, and the review ids in an array of strings (the reviews, and the periods with their placements
 * and legal statuses and the cycles they make, in the rows' own array when they are rows read, {@link #held}, {@link
 * #care} and {@link #cycleRows}). Made by {@link
 * ReviewSchedule#history}, from {@link HeldReview}s and the {@code Child}'s objects, from reviews read as numbers
 * ({@link HeldRows}) and the {@code Child}'s objects, or from reviews and care both read as numbers (issue 23, eighth
 * step); {@link ReviewSchedule#compute(org.openiro.authority.PolicyHistory, ReviewHistory)} answers from it alone.
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
    // A period: start, first placement, placement after last, first status, status after last, end (Days.ALL while
    // open), flags (START_KNOWN).
    static final int PERIOD = 7;
    static final int PLACEMENT = 2;   // start, flags | the PLACE code's number << 8 (CODES)
    static final int STATUS = 2;      // from, flags (PLACEMENT_ORDER: E1; SHORT_BREAK: V3, V4)
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
    static final int PLACEMENT_ORDER = 1;
    static final int SHORT_BREAK = 2;

    /** The SSDA903 PLACE codes by number. */
    private static final String[] CODES = PlacementType.codes().toArray(String[]::new);
    /**
     * Each code's placement row (its flags, and its number from bit 8), by {@link #key}: read for every placement laid
     * out from objects, where a hash map's look-up measured as a tenth of the layout; -1 for no code.
     */
    private static final int[] ROWS = new int[26 * 110];

    static {
        java.util.Arrays.fill(ROWS, -1);
        for (int i = 0; i < CODES.length; i++) {
            PlacementType type = new PlacementType(CODES[i]);
            ROWS[key(CODES[i])] = i << 8 | (type.isPlacedForAdoption() ? PLACED_FOR_ADOPTION : 0)
                    | (type.isPlacedForAdoptionWithNewCarers() ? WITH_NEW_CARERS : 0);
        }
    }

    /** A PLACE code's place in {@link #ROWS} (a capital letter and one or two digits); -1 for anything else. */
    private static int key(String code) {
        int length = code.length();
        if (length < 2 || length > 3) {
            return -1;
        }
        int letter = code.charAt(0) - 'A';
        int tens = code.charAt(1) - '0';
        int units = length == 3 ? code.charAt(2) - '0' : -1;
        if (letter < 0 || letter >= 26 || tens < 0 || tens > 9 || (length == 3 && (units < 0 || units > 9))) {
            return -1;
        }
        return letter * 110 + tens * 11 + units + 1;
    }

    /** A legal status's flags as its row keeps them. */
    static int statusRow(LegalStatus status) {
        return (status == LegalStatus.E1 ? PLACEMENT_ORDER : 0) | (status.isShortBreak() ? SHORT_BREAK : 0);
    }

    /**
     * A period's row at {@code at}: its days ({@code end} {@link Days#ALL} while open), its placements' and legal
     * statuses' rows from the first to the one after its last, and whether its start is known.
     */
    static void periodRow(int[] into, int at, int start, int end, boolean startKnown, int firstPlacement,
                          int afterPlacements, int firstStatus, int afterStatuses) {
        into[at] = start;
        into[at + 1] = firstPlacement;
        into[at + 2] = afterPlacements;
        into[at + 3] = firstStatus;
        into[at + 4] = afterStatuses;
        into[at + 5] = end;
        into[at + 6] = startKnown ? START_KNOWN : 0;
    }

    /** A placement's flags and code as its row keeps them. */
    static int placementRow(String placeCode) {
        int key = key(placeCode);
        int row = key < 0 ? -1 : ROWS[key];
        if (row < 0) {
            throw new IllegalArgumentException("not an SSDA903 PLACE code: " + placeCode);
        }
        return row;
    }

    /**
     * The reviews held, a row of {@link #REVIEW} ints each from the start, and their ids: the rows and ids of the
     * {@link HeldRows} it was laid out from when those were complete and in order (issue 23, seventh step), else the
     * start of {@link #days} and in an array of their own.
     */
    final int[] held;
    final String[] ids;
    /**
     * The directions, after the reviews (and the care and cycles, laid out from objects) when they are here too; an
     * empty array when there is nothing to put in it.
     */
    final int[] days;
    /**
     * The periods, placements and legal statuses: from {@link #periodAt} in {@link #days} when laid out from the
     * {@code Child}'s objects; the {@link HeldRows}' own care, where it stands, when they carried it (eighth step).
     */
    final int[] care;
    /**
     * The cycles, from {@link #cycleAt}: in {@link #days} when laid out from the {@code Child}'s objects; the {@link
     * HeldRows}' own, after their care, when they carried it (issue 23, ninth step: the cycles are the care's alone,
     * walked once when the rows are first laid out).
     */
    final int[] cycleRows;
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

    private ReviewHistory(int[] held, String[] ids, int[] days, int[] care, int[] cycleRows, int reviews, int cycles,
                          int periods, int directions, int cycleAt, int periodAt, int placementAt, int statusAt,
                          int directionAt, int dateOfBirth, int eighteenthBirthday, int latestEnd) {
        this.held = held;
        this.ids = ids;
        this.days = days;
        this.care = care;
        this.cycleRows = cycleRows;
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
     * The history laid out from rows that carry the child's care as well ({@link HeldRows#hasCare()}): no {@code
     * Child}'s object is read, and the care's rows are the history's where they stand (issue 23, eighth step).
     */
    static ReviewHistory of(WorkingDayCalendar calendar, HeldRows rows, List<Direction> directions) {
        if (!rows.hasCare()) {
            throw new IllegalArgumentException("the rows carry no care: lay them out with the child");
        }
        int[] order = rows.completeInOrder();
        return of(calendar, null, null, rows, order, order == null ? rows.size() : order.length, directions);
    }

    /**
     * Lays the history out from the reviews held, complete and in order: {@code held} or {@code rows} (in the order of
     * {@code order}, or as they are when it is null), and the care from {@code child}'s objects, or from the rows when
     * {@code child} is null. One method for all, laid out on local variables and made one object at the end, as it
     * was before the rows: split into a part for the periods and one for a review's row, the layout from objects
     * measured a fifth slower against the same baseline (issue 23, sixth step).
     */
    private static ReviewHistory of(WorkingDayCalendar calendar, Child child, List<HeldReview> held, HeldRows rows,
                                    int[] order, int reviews, List<Direction> directions) {
        List<PeriodOfCare> periods = child == null ? null : child.periods();
        int periodCount;
        int placements;
        int statuses;
        if (child == null) {
            periodCount = rows.periods();
            placements = rows.placements();
            statuses = rows.statuses();
        } else {
            periodCount = periods.size();
            placements = 0;
            statuses = 0;
            for (int p = 0; p < periodCount; p++) {
                placements += periods.get(p).placements().size();
                statuses += periods.get(p).legalStatuses().size();
            }
        }
        // Rows read complete and in order are the history's reviews where they stand: nothing copied.
        boolean inPlace = rows != null && order == null;
        int reviewsEnd = inPlace ? 0 : reviews * REVIEW;
        // The care from objects is laid out after the reviews; read as numbers it is the rows' own, after theirs, and
        // so are its cycles, walked when the rows were first laid out.
        boolean fromRows = child == null;
        int[] rowsCare = fromRows ? rows.care() : null;
        int periodAt = fromRows ? rows.careAt() : reviewsEnd;
        int placementAt = periodAt + periodCount * PERIOD;
        int statusAt = placementAt + placements * PLACEMENT;
        int directionAt = fromRows ? reviewsEnd : statusAt + statuses * STATUS;
        int directionsEnd = directionAt + directions.size() * DIRECTION;
        // A period begins at most two cycles (a series ending, and the ordinary cycle its change of status begins).
        int size = fromRows ? directionsEnd : directionsEnd + 2 * periodCount * CYCLE;
        int[] days = size == 0 ? NOTHING : new int[size];
        int[] care = fromRows ? rowsCare : days;
        int[] cycleRows = fromRows ? rowsCare : days;
        int cycleAt = fromRows ? rows.cycleAt() : directionsEnd;
        int[] reviewDays = inPlace ? rows.rows : days;
        String[] ids = inPlace ? rows.ids : new String[reviews];

        if (!fromRows) {
            int placement = 0;
            int status = 0;
            for (int p = 0; p < periodCount; p++) {
                PeriodOfCare period = periods.get(p);
                int firstPlacement = placement;
                int firstStatus = status;
                List<Placement> ofPeriod = period.placements();
                for (int i = 0; i < ofPeriod.size(); i++, placement++) {
                    Placement each = ofPeriod.get(i);
                    days[placementAt + placement * PLACEMENT] = Days.of(each.start());
                    days[placementAt + placement * PLACEMENT + 1] = placementRow(each.type().code());
                }
                List<LegalStatusSpell> spells = period.legalStatuses();
                for (int i = 0; i < spells.size(); i++, status++) {
                    days[statusAt + status * STATUS] = Days.of(spells.get(i).from());
                    days[statusAt + status * STATUS + 1] = statusRow(spells.get(i).status());
                }
                periodRow(days, periodAt + p * PERIOD, Days.of(period.start()), Days.of(period.end(), Days.ALL),
                        period.startKnown(), firstPlacement, placement, firstStatus, status);
            }
        }
        for (int d = 0; d < directions.size(); d++) {
            days[directionAt + d * DIRECTION] = Days.of(directions.get(d).dueBy());
            days[directionAt + d * DIRECTION + 1] = Days.of(directions.get(d).directedOn());
        }
        int cycles = fromRows ? rows.cycles() : walkCycles(care, periodAt, statusAt, periodCount, days, cycleAt);
        // Rows with their care, laid out where they stand before (under this calendar), already say each review's
        // cycle and whether its series finished within its limit: the care, and so the cycles, cannot have changed.
        boolean alreadyLaidOut = inPlace && fromRows && rows.reviewsLaidOutFor(calendar);
        for (int i = 0; i < reviews && !alreadyLaidOut; i++) {
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
                    : cycleOf(cycleRows, cycleAt, care, periodAt, cycles, reviewDays[at], reviewDays[at + 1]);
            reviewDays[at + 3] = COMPLETE | (withinLimit ? SERIES_WITHIN_LIMIT : 0) | (pathwayPlan ? PATHWAY_PLAN : 0);
        }
        if (inPlace && fromRows) {
            rows.reviewsLaidOut(calendar);
        }
        int latestEnd = periodCount == 0 ? Days.NONE : care[periodAt + (periodCount - 1) * PERIOD + 5];
        int dateOfBirth = fromRows ? rows.dateOfBirthDay() : Days.of(child.dateOfBirth());
        int eighteenth = fromRows ? rows.eighteenthBirthdayDay() : Days.of(child.eighteenthBirthday());
        return new ReviewHistory(reviewDays, ids, days, care, cycleRows, reviews, cycles, periodCount,
                directions.size(), cycleAt, periodAt, placementAt, statusAt, directionAt, dateOfBirth, eighteenth,
                latestEnd);
    }

    private static final int[] NOTHING = new int[0];

    /**
     * Walks the periods laid out in {@code care} ({@link ReviewCycles#walk}), writes each cycle found as a row of
     * {@code into} from {@code at} (room for two a period), and answers how many: for a history laid out from objects,
     * and for {@link HeldRows}, which keeps the cycles of its care with it.
     */
    static int walkCycles(int[] care, int periodAt, int statusAt, int periods, int[] into, int at) {
        return new CycleRows(care, periodAt, statusAt, periods, into, at).walk();
    }

    /** {@link Meetings#finishedWithinSeriesLimit} of a series from {@code first} to {@code last}. */
    private static boolean seriesWithinLimit(WorkingDayCalendar calendar, int first, int last) {
        return last <= Days.workingDaysAfter(calendar, first, Meetings.SERIES_WORKING_DAYS);
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

    /**
     * Walks the periods laid out in {@code care} ({@link ReviewCycles#walk}) and writes each cycle it finds as a row of
     * {@code days}, and counts them.
     */
    private static final class CycleRows implements ReviewCycles.Periods, ReviewCycles.Found {
        private final int[] care;
        private final int periodAt;
        private final int statusAt;
        private final int periods;
        private final int[] days;
        private int at;
        private int count;

        CycleRows(int[] care, int periodAt, int statusAt, int periods, int[] days, int at) {
            this.care = care;
            this.periodAt = periodAt;
            this.statusAt = statusAt;
            this.periods = periods;
            this.days = days;
            this.at = at;
        }

        int walk() {
            ReviewCycles.walk(this, this);
            return count;
        }

        @Override
        public int count() {
            return periods;
        }

        @Override
        public int start(int period) {
            return care[periodAt + period * PERIOD];
        }

        @Override
        public int end(int period) {
            return care[periodAt + period * PERIOD + 5];
        }

        @Override
        public boolean startKnown(int period) {
            return (care[periodAt + period * PERIOD + 6] & START_KNOWN) != 0;
        }

        @Override
        public boolean beginsAsShortBreak(int period) {
            int first = care[periodAt + period * PERIOD + 3];
            return first < care[periodAt + period * PERIOD + 4]
                    && (care[statusAt + first * STATUS + 1] & SHORT_BREAK) != 0;
        }

        @Override
        public int ordinaryFrom(int period) {
            int first = care[periodAt + period * PERIOD + 3];
            int end = care[periodAt + period * PERIOD + 4];
            for (int s = first; s < end; s++) {
                if ((care[statusAt + s * STATUS + 1] & SHORT_BREAK) == 0) {
                    return care[statusAt + s * STATUS];
                }
            }
            return first == end ? start(period) : Days.NONE;
        }

        @Override
        public void cycle(boolean shortBreaks, boolean startKnown, int start, int from, int to, int lastDay,
                          boolean current) {
            days[at] = start;
            days[at + 1] = lastDay;
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
    private static int cycleOf(int[] cycleRows, int cycleAt, int[] care, int periodAt, int cycles, int first,
                               int last) {
        int c = cycles - 1;
        while (c >= 0 && cycleRows[cycleAt + c * CYCLE] > last) {
            c--;
        }
        if (c < 0 || last > cycleRows[cycleAt + c * CYCLE + 1]) {
            return -1;
        }
        int start = cycleRows[cycleAt + c * CYCLE];
        if (c > 0 && start > careStarted(cycleRows, cycleAt, care, periodAt, c) && first < start) {
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
        return cycleRows[cycleAt + cycle * CYCLE];
    }

    boolean shortBreaks(int cycle) {
        return (cycleRows[cycleAt + cycle * CYCLE + 4] & SHORT_BREAKS) != 0;
    }

    boolean startKnown(int cycle) {
        return (cycleRows[cycleAt + cycle * CYCLE + 4] & START_KNOWN) != 0;
    }

    boolean current(int cycle) {
        return (cycleRows[cycleAt + cycle * CYCLE + 4] & CURRENT) != 0;
    }

    /** When the child first came into care in this cycle: the start of its first period. */
    int careStarted(int cycle) {
        return careStarted(cycleRows, cycleAt, care, periodAt, cycle);
    }

    private static int careStarted(int[] cycleRows, int cycleAt, int[] care, int periodAt, int cycle) {
        return care[periodAt + cycleRows[cycleAt + cycle * CYCLE + 2] * PERIOD];
    }

    /** An ordinary cycle begun part-way through a period of care: a short-breaks child's legal status changed. */
    boolean beganInPeriod(int cycle) {
        return cycleStart(cycle) > careStarted(cycle);
    }

    /** The period of care whose facts stood on {@code day} in this cycle (the latest begun by then). */
    int periodOn(int cycle, int day) {
        int at = cycleAt + cycle * CYCLE;
        int on = cycleRows[at + 2];
        for (int p = on + 1; p < cycleRows[at + 3] && periodStart(p) <= day; p++) {
            on = p;
        }
        return on;
    }

    int periodStart(int period) {
        return care[periodAt + period * PERIOD];
    }

    int firstPlacement(int period) {
        return care[periodAt + period * PERIOD + 1];
    }

    int placementsEnd(int period) {
        return care[periodAt + period * PERIOD + 2];
    }

    int firstStatus(int period) {
        return care[periodAt + period * PERIOD + 3];
    }

    int statusesEnd(int period) {
        return care[periodAt + period * PERIOD + 4];
    }

    int placementStart(int placement) {
        return care[placementAt + placement * PLACEMENT];
    }

    boolean placedForAdoption(int placement) {
        return (care[placementAt + placement * PLACEMENT + 1] & PLACED_FOR_ADOPTION) != 0;
    }

    boolean withNewCarers(int placement) {
        return (care[placementAt + placement * PLACEMENT + 1] & WITH_NEW_CARERS) != 0;
    }

    String placementCode(int placement) {
        return CODES[care[placementAt + placement * PLACEMENT + 1] >> 8];
    }

    /** Whether two placements are of one type (the same PLACE code). */
    boolean sameType(int placement, int other) {
        return care[placementAt + placement * PLACEMENT + 1] >> 8 == care[placementAt + other * PLACEMENT + 1] >> 8;
    }

    int statusFrom(int status) {
        return care[statusAt + status * STATUS];
    }

    boolean placementOrder(int status) {
        return (care[statusAt + status * STATUS + 1] & PLACEMENT_ORDER) != 0;
    }

    int dueBy(int direction) {
        return days[directionAt + direction * DIRECTION];
    }

    int directedOn(int direction) {
        return days[directionAt + direction * DIRECTION + 1];
    }
}
