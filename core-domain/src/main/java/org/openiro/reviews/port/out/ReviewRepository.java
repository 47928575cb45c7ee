package org.openiro.reviews.port.out;

import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.Direction;
import org.openiro.reviews.HeldRows;
import org.openiro.reviews.Review;

/** A child's reviews and the directions that brought them forward. */
public interface ReviewRepository {

    /** The child's reviews, every one stored. */
    List<Review> ofChild(AuthorityCode authority, ChildId child);

    /** A child's reviews and the directions bringing them forward, read together. */
    record ReviewsAndDirections(List<Review> reviews, List<Direction> directions) {
        public ReviewsAndDirections {
            reviews = List.copyOf(reviews);
            directions = List.copyOf(directions);
        }
    }

    /**
     * The child's reviews and directions, everything a review recorded for them is measured against; an adapter may
     * read both at once (issue 23: one statement fewer a review).
     */
    default ReviewsAndDirections ofChildWithDirections(AuthorityCode authority, ChildId child) {
        return new ReviewsAndDirections(ofChild(authority, child), directions(authority, child));
    }

    /** What the schedule reads of a child's reviews: each as numbers ({@link HeldRows}), and the directions. */
    record Held(HeldRows reviews, List<Direction> directions) {
        public Held {
            directions = List.copyOf(directions);
        }
    }

    /**
     * The child's reviews as the schedule reads them, with no {@link Review} made ({@link HeldRows}), and the
     * directions bringing them forward: for a caller that wants only the schedule ({@code Timetable.of}: the pages and
     * look-ups). An adapter reads the numbers straight from its rows, and may read both at once (issue 23, sixth step).
     */
    default Held heldOf(AuthorityCode authority, ChildId child) {
        return new Held(HeldRows.of(ofChild(authority, child)), directions(authority, child));
    }

    /**
     * As {@link #heldOf}, with the child's care read as numbers too where the adapter reads it with the reviews ({@link
     * HeldRows#hasCare()}; none for a child not stored in this authority): for a caller that wants the schedule and has
     * not read the child, so that the child is read once, as numbers, and never as objects (issue 23, eighth step). A
     * caller holding the {@code Child} already asks {@link #heldOf}, and the care is not read twice.
     */
    default Held heldWithCareOf(AuthorityCode authority, ChildId child) {
        return heldOf(authority, child);
    }

    /** The review; empty when the child has no such review. */
    Optional<Review> find(AuthorityCode authority, ChildId child, String reviewId);

    /**
     * The review, for a use case that cannot go on without it.
     *
     * @throws org.openiro.reviews.UnknownReview when the child has no such review
     */
    default Review require(AuthorityCode authority, ChildId child, String reviewId) {
        return find(authority, child, reviewId).orElseThrow(() -> new org.openiro.reviews.UnknownReview(reviewId));
    }

    /** Saves a new review; answers it as stored, with its first version. */
    Review insert(Review review);

    /**
     * Saves the review if its stored version is still {@code review.version()}, and answers it with the next version.
     *
     * @throws org.openiro.shared.StaleVersion when someone else changed it meanwhile
     */
    Review update(Review review);

    /**
     * Deletes the review if its stored version is still {@code review.version()}; {@link
     * org.openiro.shared.StaleVersion} when it changed meanwhile.
     */
    void delete(Review review);

    /** Complete reviews, in every authority, whose last meeting was on or after {@code from}: for the daily scan. */
    List<Review> heldSince(java.time.LocalDate from);

    /** The IRO's directions bringing the child's reviews forward. */
    List<Direction> directions(AuthorityCode authority, ChildId child);

    /** Stores a direction. */
    void addDirection(AuthorityCode authority, ChildId child, Direction direction);
}
