package org.openiro.reviews;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A child's review schedule: every held review measured against the due date that stood when it was held, and the
 * next review due, if any (none when the child is neither looked after nor a care leaver whose pathway plan an IRO
 * reviews). A child has tens of reviews at most, so they are kept in order, searched in order.
 *
 * <p>As {@link ReviewSchedule} computes it, each timing is kept as numbers ({@link Measured}) and made a {@link
 * ReviewTiming} only when asked for (issue 23, sixth step): most callers of {@code Timetable.of} (the child's record,
 * the look-ups, bringing a review forward) want only the next review, and a {@code ReviewTiming} and a {@code
 * LocalDate} for every review were a third of what a schedule allocated.
 */
public final class Schedule {

    /** Made by hand (the schedule before issue 23, in the tests); null when kept as numbers. */
    private final List<ReviewTiming> measured;
    private final Measured numbers;
    private final Optional<NextReview> next;

    public Schedule(List<ReviewTiming> measured, Optional<NextReview> next) {
        this.measured = Collections.unmodifiableList(measured);
        this.numbers = null;
        this.next = next;
    }

    Schedule(Measured numbers, Optional<NextReview> next) {
        this.measured = null;
        this.numbers = numbers;
        this.next = next;
    }

    public Optional<NextReview> next() {
        return next;
    }

    public Optional<ReviewTiming> timingOf(String reviewId) {
        if (numbers != null) {
            for (int i = 0; i < numbers.count; i++) {
                if (numbers.id(i).equals(reviewId)) {
                    return Optional.of(numbers.timing(i));
                }
            }
            return Optional.empty();
        }
        for (ReviewTiming timing : measured) {
            if (timing.reviewId().equals(reviewId)) {
                return Optional.of(timing);
            }
        }
        return Optional.empty();
    }

    /** Every held review's timing, by review id. */
    public Map<String, ReviewTiming> timings() {
        Map<String, ReviewTiming> byId = new LinkedHashMap<>();
        if (numbers != null) {
            for (int i = 0; i < numbers.count; i++) {
                byId.put(numbers.id(i), numbers.timing(i));
            }
        } else {
            measured.forEach(t -> byId.put(t.reviewId(), t));
        }
        return byId;
    }

    /**
     * The timings as the schedule measures them, in order, as rows of ints: the review (its index in the history, whose
     * names give its id), the due date ({@link Days}; {@link Days#NONE}: none), the sequence (-1: none), and the basis
     * with whether it was in timescale.
     */
    static final class Measured {
        private static final int ROW = 4;
        private static final ReviewBasis[] BASES = ReviewBasis.values();
        static final int NOT_MEASURED = 0;
        static final int IN_TIMESCALE = 1;
        static final int LATE = 2;

        private final String[] ids;
        private int[] rows;
        private int count;

        /** @param ids the review ids by their index in the history; {@code expected} timings, a review's at most */
        Measured(String[] ids, int expected) {
            this.ids = ids;
            this.rows = new int[Math.max(1, expected) * ROW];
        }

        /** @param sequence -1 for none; {@code inTimescale} one of {@link #NOT_MEASURED}, {@link #IN_TIMESCALE}, {@link #LATE} */
        void add(int review, int due, int sequence, ReviewBasis basis, int inTimescale) {
            if ((count + 1) * ROW > rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
            }
            int at = count++ * ROW;
            rows[at] = review;
            rows[at + 1] = due;
            rows[at + 2] = sequence;
            rows[at + 3] = basis.ordinal() << 2 | inTimescale;
        }

        String id(int timing) {
            return ids[rows[timing * ROW]];
        }

        ReviewTiming timing(int timing) {
            int at = timing * ROW;
            int due = rows[at + 1];
            int sequence = rows[at + 2];
            int inTimescale = rows[at + 3] & 3;
            return new ReviewTiming(ids[rows[at]], due == Days.NONE ? null : Days.date(due),
                    sequence < 0 ? null : sequence, BASES[rows[at + 3] >>> 2],
                    inTimescale == NOT_MEASURED ? null : inTimescale == IN_TIMESCALE);
        }
    }
}
