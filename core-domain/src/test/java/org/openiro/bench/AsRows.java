package org.openiro.bench;

import java.util.List;
import org.openiro.reviews.HeldReview;
import org.openiro.reviews.HeldRows;

/**
 * A child's reviews as an adapter hands them to the schedule when it reads them as numbers ({@link HeldRows}: the
 * JDBC adapter's {@code heldOf}, which reads each review's first and last meeting as {@code yyyymmdd} ints), in the
 * order given. What the service's {@code Timetable.of} schedules from since issue 23's sixth step.
 */
final class AsRows {

    private AsRows() {
    }

    static HeldRows of(List<HeldReview> reviews) {
        HeldRows rows = new HeldRows(reviews.size());
        for (int i = 0; i < reviews.size(); i++) {
            HeldReview review = reviews.get(i);
            rows.add(review.id(), review.kind(), HeldRows.yyyymmdd(review.meetings().first()),
                    HeldRows.yyyymmdd(review.meetings().last()), review.complete());
        }
        return rows;
    }
}
