package org.openiro.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 */
public final class HeldRows {

    private static final int ROW = ReviewHistory.REVIEW;

    /** Read by {@link ReviewHistory}, which lays its reviews out in them when it can. */
    int[] rows;
    String[] ids;
    private int size;

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
