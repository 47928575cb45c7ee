package org.openiro.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openiro.children.Child;
import org.openiro.reviews.IroVisit;
import org.openiro.reviews.MidwayReview;
import org.openiro.reviews.Review;

/**
 * What the service holds of one child that the footprint checks read.
 *
 * @param alertsRaised      the days the child's alerts were first raised (partner escalations left out)
 * @param qaFormsCompleted  the day each review's QA form was completed, by review id
 */
public record CaseHistory(Child child, List<Review> reviews, List<MidwayReview> midwayReviews, List<IroVisit> visits,
                          List<LocalDate> alertsRaised, Map<String, LocalDate> qaFormsCompleted) {
    public CaseHistory {
        reviews = List.copyOf(reviews);
        midwayReviews = List.copyOf(midwayReviews);
        visits = List.copyOf(visits);
        alertsRaised = List.copyOf(alertsRaised);
        qaFormsCompleted = Map.copyOf(qaFormsCompleted);
    }
}
