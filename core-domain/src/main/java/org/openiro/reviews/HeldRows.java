package org.openiro.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;

/**
 * A child's reviews as the schedule reads them, handed over as numbers by the adapter that reads them: each review's
 * id, kind, first and last meeting and whether its series is complete, with no {@link Review}, {@link Meetings}, list
 * or {@link LocalDate} made for it. {@link ReviewSchedule#history(org.openiro.children.Child, HeldRows, List)}
 * lays them out as it lays out {@link HeldReview}s, and gives the same schedule.
 *
 * <p>Why (docs/benchmarks.md, {@code schedule}, issue 23, sixth step): the service schedules a child right after
 * reading their reviews, and laying a history out from the review objects just read cost about as much as computing
 * the schedule from it. A page or look-up that wants only the schedule has no use for those objects.
 *
 * <p>Dates are given as {@code yyyymmdd} ints (20261207 for 7 December 2026), which a database works out from a date
 * column with arithmetic ({@code EXTRACT(YEAR FROM d) * 10000 + ...}) and a driver reads with no object made. A
 * series is a review whose last meeting is after its first: the meetings of a series are each after the one before.
 *
 * <p>The rows are kept as {@link ReviewHistory} lays its reviews out (first and last meeting, cycle, flags), so that
 * when every review is complete and in order, as almost always, the history's reviews are these rows: the layout
 * writes each review's cycle and whether its series finished within its limit into them, and copies nothing (issue
 * 23, seventh step). Rows are laid out for the one child they were read for.
 *
 * <p>They may carry the child's care as well ({@link #dateOfBirth}, {@link #period}, {@link #legalStatus}, {@link
 * #placement}: what the schedule reads of the periods of care, their legal statuses and placements, as numbers), read
 * by the adapter in the same statement as the reviews; then the schedule is laid out from the rows alone ({@link
 * ReviewSchedule#compute(org.openiro.authority.PolicyHistory, HeldRows, List)}) and never reads a {@link Child}'s
 * objects. Why (issue 23, eighth step): over an authority's children held in memory, reading each child's periods,
 * placements and legal statuses out of their objects was a third of the schedule's time, eighteen times what the same
 * reads cost in the caches. The care is kept as {@link ReviewHistory} lays it out (its period, placement and legal
 * status rows), in one array the history reads where it stands.
 */
public final class HeldRows {

    private static final int ROW = ReviewHistory.REVIEW;

    /** Read by {@link ReviewHistory}, which lays its reviews out in them when it can. */
    int[] rows;
    String[] ids;
    private int size;

    /** The care as added: {@link #ENTRY} ints each (what, period, day, value); null once laid out in {@link #care}. */
    private int[] entries;
    private int entryCount;
    private int periodCount;
    /** {@link Days} numbers; {@link Days#NONE} while the rows carry no care. */
    private int dateOfBirth = Days.NONE;
    private int eighteenthBirthday;
    /** The care as {@link ReviewHistory} reads it: periods, placements, legal statuses; made from the entries once. */
    private int[] care;
    private int placements;
    private int statuses;
    /** Where the care begins in {@link #rows}, after the reviews, once laid out. */
    private int careAt;
    /** The cycles of the care, walked once as it is laid out, after its legal statuses, and how many. */
    private int cycleAt;
    private int cycles;
    /**
     * The calendar the reviews were laid out for where they stand, with each review's cycle (from the care's cycles)
     * and whether its series finished within its limit written into its row; null until then. Only rows that carry
     * their care keep it: their care, and so their cycles, cannot change once laid out, nor can a review be added.
     */
    private WorkingDayCalendar laidOutFor;

    private static final int ENTRY = 4;
    private static final int PERIOD_ENTRY = 0;
    private static final int STATUS_ENTRY = 1;
    private static final int PLACEMENT_ENTRY = 2;

    public HeldRows() {
        this(10);
    }

    /** @param expected how many reviews are likely, so that they are rarely copied as they are added */
    public HeldRows(int expected) {
        rows = new int[Math.max(1, expected) * ROW];
        ids = new String[Math.max(1, expected)];
    }

    /**
     * Adds a review as stored.
     *
     * @param firstMeeting its first meeting, {@code yyyymmdd}
     * @param lastMeeting  its last meeting, {@code yyyymmdd}: the first for a review held in one meeting
     */
    public HeldRows add(String id, ReviewKind kind, int firstMeeting, int lastMeeting, boolean complete) {
        if (care != null) {
            throw new IllegalStateException("the reviews are added before the rows are laid out");
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            rows = Arrays.copyOf(rows, size * 2 * ROW);
        }
        int at = size * ROW;
        rows[at] = days(firstMeeting);
        rows[at + 1] = days(lastMeeting);
        rows[at + 2] = -1; // its cycle: worked out as the history is laid out
        rows[at + 3] = (complete ? ReviewHistory.COMPLETE : 0)
                | (kind == ReviewKind.PATHWAY_PLAN ? ReviewHistory.PATHWAY_PLAN : 0);
        ids[size++] = id;
        return this;
    }

    /**
     * The child's date of birth, {@code yyyymmdd}: given it, the rows carry the child's care (with the periods, legal
     * statuses and placements added, none for a child never looked after), and the schedule is laid out from them.
     */
    public HeldRows dateOfBirth(int yyyymmdd) {
        LocalDate date = LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
        dateOfBirth = Days.of(date);
        eighteenthBirthday = Days.of(Child.eighteenthBirthday(date));
        return this;
    }

    /**
     * Adds a period of care; periods are added oldest first (a child's periods in the order of their start, as
     * {@link Child} keeps them), each before its legal statuses and placements.
     *
     * @param start its start, {@code yyyymmdd}
     * @param end   the day it ended ({@code DEC}), {@code yyyymmdd}; 0 while it is open
     * @return the period's number, for its legal statuses and placements
     */
    public int period(int start, int end, boolean startKnown) {
        entry(PERIOD_ENTRY, startKnown ? 1 : 0, days(start), end == 0 ? Days.ALL : days(end));
        return periodCount++;
    }

    /**
     * Adds a legal status of the period numbered {@code period} ({@link #period}'s answer), from {@code from}
     * ({@code yyyymmdd}). A period's statuses are added in the order the adapter reads them, of their day and then as
     * stored, as the {@link PeriodOfCare} they would make keeps them.
     */
    public HeldRows legalStatus(int period, int from, LegalStatus status) {
        entry(STATUS_ENTRY, period, days(from), ReviewHistory.statusRow(status));
        return this;
    }

    /** Adds a placement of the period numbered {@code period}, from {@code start} ({@code yyyymmdd}), as a status is. */
    public HeldRows placement(int period, int start, String placeCode) {
        entry(PLACEMENT_ENTRY, period, days(start), ReviewHistory.placementRow(placeCode));
        return this;
    }

    /** The child's care, for an adapter that holds {@link Child}s: as an adapter reading numbers adds it. */
    public HeldRows careOf(Child child) {
        dateOfBirth(yyyymmdd(child.dateOfBirth()));
        for (PeriodOfCare each : child.periods()) {
            int period = period(yyyymmdd(each.start()), each.end() == null ? 0 : yyyymmdd(each.end()),
                    each.startKnown());
            for (LegalStatusSpell spell : each.legalStatuses()) {
                legalStatus(period, yyyymmdd(spell.from()), spell.status());
            }
            for (Placement placement : each.placements()) {
                placement(period, yyyymmdd(placement.start()), placement.type().code());
            }
        }
        return this;
    }

    /** @param of a status's or placement's period; whether a period's start is known (1) or not (0) */
    private void entry(int what, int of, int day, int value) {
        if (care != null) {
            throw new IllegalStateException("the care is added before the rows are laid out");
        }
        if (what != PERIOD_ENTRY && (of < 0 || of >= periodCount)) {
            throw new IllegalArgumentException("no period " + of + " was added");
        }
        if (entries == null) {
            entries = new int[8 * ENTRY];
        } else if (entryCount == entries.length / ENTRY) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
        int at = entryCount++ * ENTRY;
        entries[at] = what;
        entries[at + 1] = of;
        entries[at + 2] = day;
        entries[at + 3] = value;
    }

    /** Whether the rows carry the child's care ({@link #dateOfBirth} given). */
    public boolean hasCare() {
        return dateOfBirth != Days.NONE;
    }

    int dateOfBirthDay() {
        return dateOfBirth;
    }

    int eighteenthBirthdayDay() {
        return eighteenthBirthday;
    }

    int periods() {
        return periodCount;
    }

    int placements() {
        care();
        return placements;
    }

    int statuses() {
        care();
        return statuses;
    }

    /** Where the care begins in {@link #care()}'s array: its periods, then its placements, then its legal statuses. */
    int careAt() {
        care();
        return careAt;
    }

    /** Where the cycles of the care begin in {@link #care()}'s array, after its legal statuses ({@link #cycles()}). */
    int cycleAt() {
        care();
        return cycleAt;
    }

    /**
     * How many cycles the care makes, laid out as {@link ReviewHistory} lays cycles out, from {@link #cycleAt()}:
     * walked once ({@link ReviewCycles#walk}) when the care is first laid out, since they are a function of the care
     * alone (issue 23, ninth step).
     */
    int cycles() {
        care();
        return cycles;
    }

    /** Whether the reviews were laid out where they stand for {@code calendar} ({@link #reviewsLaidOut}). */
    boolean reviewsLaidOutFor(WorkingDayCalendar calendar) {
        return laidOutFor == calendar;
    }

    /**
     * The reviews are laid out where they stand, each with its cycle of this care and whether its series finished
     * within its limit by {@code calendar}: a later layout for the same calendar need not work them out again.
     */
    void reviewsLaidOut(WorkingDayCalendar calendar) {
        if (care == null) {
            throw new IllegalStateException("only rows laid out with their care keep their reviews laid out");
        }
        laidOutFor = calendar;
    }

    /**
     * The care as {@link ReviewHistory} lays it out, its periods, then its placements, then its legal statuses, from
     * {@link #careAt()}, then the cycles they make ({@link #cycleAt()}): made from what was added the first time it is
     * asked, and kept, in one array with the reviews' rows, which it then follows (so that a child's rows are one
     * array, read front to back). Each period's placements and statuses in the order of their day, those of the same
     * day as added, as {@link PeriodOfCare} sorts them.
     */
    int[] care() {
        if (care != null) {
            return care;
        }
        int[] order = new int[entryCount];
        int n = 0;
        for (int what = PERIOD_ENTRY; what <= PLACEMENT_ENTRY; what++) {
            for (int e = 0; e < entryCount; e++) {
                if (entries == null || entries[e * ENTRY] != what) {
                    continue;
                }
                order[n++] = e;
                if (what == STATUS_ENTRY) {
                    statuses++;
                } else if (what == PLACEMENT_ENTRY) {
                    placements++;
                }
            }
        }
        // Statuses and placements by their period, then their day; stable, so those of one day stay as added.
        sortFrom(order, periodCount, periodCount + statuses);
        sortFrom(order, periodCount + statuses, entryCount);
        int periodAt = size * ROW;
        int placementAt = periodAt + periodCount * ReviewHistory.PERIOD;
        int statusAt = placementAt + placements * ReviewHistory.PLACEMENT;
        int cyclesAt = statusAt + statuses * ReviewHistory.STATUS;
        // A period begins at most two cycles (a series ending, and the ordinary cycle its change of status begins).
        int[] laid = new int[cyclesAt + 2 * periodCount * ReviewHistory.CYCLE];
        System.arraycopy(rows, 0, laid, 0, periodAt);
        int status = 0;
        int placement = 0;
        int s = periodCount;
        int pl = periodCount + statuses;
        for (int p = 0; p < periodCount; p++) {
            int e = order[p] * ENTRY;
            if (p > 0 && entries[e + 2] < entries[order[p - 1] * ENTRY + 2]) {
                throw new IllegalStateException("periods of care are added oldest first");
            }
            int firstPlacement = placement;
            int firstStatus = status;
            for (; pl < entryCount && entries[order[pl] * ENTRY + 1] == p; pl++, placement++) {
                laid[placementAt + placement * ReviewHistory.PLACEMENT] = entries[order[pl] * ENTRY + 2];
                laid[placementAt + placement * ReviewHistory.PLACEMENT + 1] = entries[order[pl] * ENTRY + 3];
            }
            for (; s < periodCount + statuses && entries[order[s] * ENTRY + 1] == p; s++, status++) {
                laid[statusAt + status * ReviewHistory.STATUS] = entries[order[s] * ENTRY + 2];
                laid[statusAt + status * ReviewHistory.STATUS + 1] = entries[order[s] * ENTRY + 3];
            }
            ReviewHistory.periodRow(laid, periodAt + p * ReviewHistory.PERIOD, entries[e + 2], entries[e + 3],
                    entries[e + 1] != 0, firstPlacement, placement, firstStatus, status);
        }
        cycles = ReviewHistory.walkCycles(laid, periodAt, statusAt, periodCount, laid, cyclesAt);
        cycleAt = cyclesAt;
        rows = laid;
        care = laid;
        careAt = periodAt;
        entries = null;
        return care;
    }

    /** Sorts {@code order[from, to)}, entries of one kind, by period and day, keeping the order of equal ones. */
    private void sortFrom(int[] order, int from, int to) {
        boolean sorted = true;
        for (int i = from + 1; i < to && sorted; i++) {
            sorted = compare(order[i - 1], order[i]) <= 0;
        }
        if (sorted) {
            return;
        }
        Integer[] boxed = new Integer[to - from];
        for (int i = from; i < to; i++) {
            boxed[i - from] = order[i];
        }
        Arrays.sort(boxed, this::compare); // stable
        for (int i = from; i < to; i++) {
            order[i] = boxed[i - from];
        }
    }

    private int compare(int a, int b) {
        int byPeriod = Integer.compare(entries[a * ENTRY + 1], entries[b * ENTRY + 1]);
        return byPeriod != 0 ? byPeriod : Integer.compare(entries[a * ENTRY + 2], entries[b * ENTRY + 2]);
    }

    /** A date as {@link #add} takes it, {@code yyyymmdd}: for an adapter that holds dates rather than reads them. */
    public static int yyyymmdd(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /** The rows of these reviews, for an adapter that holds {@link Review}s. */
    public static HeldRows of(List<Review> reviews) {
        HeldRows held = new HeldRows(reviews.size());
        for (int i = 0; i < reviews.size(); i++) {
            Review review = reviews.get(i);
            held.add(review.id(), review.kind(), yyyymmdd(review.meetings().first()),
                    yyyymmdd(review.meetings().last()), review.seriesComplete());
        }
        return held;
    }

    public int size() {
        return size;
    }

    /**
     * What these rows say, as {@link HeldReview}s: each review's first and last meeting (the meetings between, which
     * the schedule never reads, are not kept). For comparing what an adapter read with its {@link Review}s.
     */
    public List<HeldReview> asHeld() {
        List<HeldReview> held = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            LocalDate first = Days.date(first(i));
            held.add(new HeldReview(ids[i], pathwayPlan(i) ? ReviewKind.PATHWAY_PLAN : ReviewKind.CLA,
                    isSeries(i) ? Meetings.on(first, Days.date(last(i))) : Meetings.on(first), complete(i)));
        }
        return held;
    }

    private static int days(int yyyymmdd) {
        return (yyyymmdd / 10_000) << 9 | (yyyymmdd / 100 % 100) << 5 | yyyymmdd % 100;
    }

    // --- read by the layout ---------------------------------------------------------------------------------------

    int first(int review) {
        return rows[review * ROW];
    }

    int last(int review) {
        return rows[review * ROW + 1];
    }

    boolean isSeries(int review) {
        return last(review) != first(review);
    }

    boolean complete(int review) {
        return (rows[review * ROW + 3] & ReviewHistory.COMPLETE) != 0;
    }

    boolean pathwayPlan(int review) {
        return (rows[review * ROW + 3] & ReviewHistory.PATHWAY_PLAN) != 0;
    }

    String id(int review) {
        return ids[review];
    }

    /**
     * The complete reviews in order of their first meeting, as indexes; {@code null} when they are all complete and
     * in order already, as they almost always are (then nothing is made).
     */
    int[] completeInOrder() {
        if (laidOutFor != null) {
            return null; // laid out where they stand before, so complete and in order, and none added since
        }
        boolean asTheyAre = true;
        for (int i = 0; i < size && asTheyAre; i++) {
            asTheyAre = complete(i) && (i == 0 || first(i) >= first(i - 1));
        }
        if (asTheyAre) {
            return null;
        }
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (complete(i)) {
                count++;
            }
        }
        Integer[] order = new Integer[count];
        for (int i = 0, n = 0; i < size; i++) {
            if (complete(i)) {
                order[n++] = i;
            }
        }
        // Stable, as List.sort is for HeldReviews: reviews with the same first meeting stay as given.
        Arrays.sort(order, (a, b) -> Integer.compare(first(a), first(b)));
        int[] indexes = new int[count];
        for (int i = 0; i < count; i++) {
            indexes[i] = order[i];
        }
        return indexes;
    }
}
