package org.openiro.workforce.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.reviews.Booking;
import org.openiro.reviews.Review;

/**
 * What a worklist is made of, read in a handful of queries for the children the given IROs hold now, so that a
 * worklist costs the same whether an IRO holds 10 children or 70, and does not grow with the authority.
 */
public interface WorklistFacts {

    /** The children the IROs hold now. */
    java.util.Set<ChildId> childrenHeldBy(AuthorityCode authority, java.util.Set<String> iros);

    /** Those children's next reviews. */
    Map<ChildId, org.openiro.reviews.NextReview> nextReviews(AuthorityCode authority, java.util.Set<String> iros);

    /** The last meeting of each child's latest complete review. */
    Map<ChildId, LocalDate> latestReviewHeld(AuthorityCode authority, java.util.Set<String> iros);

    /** Each child's latest midway review. */
    Map<ChildId, LocalDate> latestMidwayReview(AuthorityCode authority, java.util.Set<String> iros);

    /** Each child's latest IRO visit (kind {@code visit}). */
    Map<ChildId, LocalDate> latestVisit(AuthorityCode authority, java.util.Set<String> iros);

    /** Each looked-after child's current placement. */
    Map<ChildId, Placement> currentPlacements(AuthorityCode authority, java.util.Set<String> iros);

    /** A child in an open period of care: when they were born, and the period, its legal statuses and placements. */
    record OpenCare(LocalDate dateOfBirth, PeriodOfCare period) {
    }

    /** Those children who are in an open period of care, with it. */
    Map<ChildId, OpenCare> openCare(AuthorityCode authority, java.util.Set<String> iros);

    /** Complete reviews held since {@code since} with their recommendations, record or letter still to do. */
    List<Review> reviewsWithWorkOutstanding(AuthorityCode authority, LocalDate since);

    /**
     * The IROs' children's complete reviews held since {@code since} with no QA form yet, leaving out those imported
     * without their follow-up (nobody can say what the form would be about).
     */
    List<Review> reviewsAwaitingQaForm(AuthorityCode authority, java.util.Set<String> iros, LocalDate since);

    /** An alert whose person at its current stage has not answered yet. */
    record AwaitedResponse(ChildId child, String alertId, LocalDate dueBy) {
    }

    /** The authority's alerts whose person at the current stage has not answered yet, with when it is due. */
    List<AwaitedResponse> alertsAwaitingResponse(AuthorityCode authority);

    /** Bookings for a date on or after {@code from}. */
    List<Booking> bookingsFrom(AuthorityCode authority, LocalDate from);
}
