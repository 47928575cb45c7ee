package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.reviews.Direction;
import org.openiro.reviews.HeldRows;
import org.openiro.reviews.Review;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.shared.StaleVersion;

/**
 * A child's reviews, in the order they were recorded, and the directions that brought them forward. Versions as the
 * database keeps them: a review is stored with version 0, each update checks the version it was read at and adds one,
 * and an update or delete of a version no longer stored is refused with {@link StaleVersion}.
 */
public final class InMemoryReviewRepository extends Tables implements ReviewRepository {

    private record ReviewKey(AuthorityCode authority, ChildId child, String id) {
    }

    private final Map<ReviewKey, Review> reviews = table();
    private final Map<Key, List<Direction>> directions = table();
    private volatile java.util.function.Consumer<Review> deleted = review -> { };
    /** The children whose care {@link #heldWithCareOf} reads with their reviews; none for a repository of reviews alone. */
    private final InMemoryChildRepository children;

    /** Reviews alone: {@link #heldWithCareOf} gives the reviews' rows, and the schedule reads the care from the child. */
    public InMemoryReviewRepository() {
        this(null);
    }

    /**
     * @param children where {@link #heldWithCareOf} reads each child's care, with their reviews, as the database reads both in
     *                 one statement (issue 23, eighth step)
     */
    public InMemoryReviewRepository(InMemoryChildRepository children) {
        this.children = children;
    }

    /** Told of each review deleted, inside the same unit of work: what the database's cascades do. */
    void onDelete(java.util.function.Consumer<Review> listener) {
        this.deleted = listener;
    }

    private static ReviewKey key(Review review) {
        return new ReviewKey(review.authority(), review.childId(), review.id());
    }

    @Override
    public synchronized List<Review> ofChild(AuthorityCode authority, ChildId child) {
        return reviews.values().stream().filter(r -> r.authority().equals(authority) && r.childId().equals(child))
                .toList();
    }

    /** The reviews' rows and the directions as they stand together. */
    @Override
    public synchronized Held heldOf(AuthorityCode authority, ChildId child) {
        return new Held(HeldRows.of(ofChild(authority, child)), directions(authority, child));
    }

    /**
     * The reviews' rows and the directions as they stand together, and the child's care with them as numbers when this
     * repository knows the children (the database reads all three in one statement).
     */
    @Override
    public Held heldWithCareOf(AuthorityCode authority, ChildId child) {
        // The child read first, outside this repository's lock: the two repositories' locks are never held together.
        Optional<Child> stored = children == null ? Optional.empty() : children.find(authority, child);
        Held held = heldOf(authority, child);
        stored.ifPresent(held.reviews()::careOf);
        return held;
    }

    @Override
    public synchronized Optional<Review> find(AuthorityCode authority, ChildId child, String reviewId) {
        return Optional.ofNullable(reviews.get(new ReviewKey(authority, child, reviewId)));
    }

    @Override
    public synchronized Review insert(Review review) {
        Review stored = withVersion(review, 0);
        if (reviews.putIfAbsent(key(stored), stored) != null) {
            throw new IllegalStateException("review " + review.id() + " is already stored");
        }
        return stored;
    }

    @Override
    public synchronized Review update(Review review) {
        Review current = reviews.get(key(review));
        if (current == null || current.version() != review.version()) {
            throw new StaleVersion("review " + review.id());
        }
        Review stored = withVersion(review, review.version() + 1);
        reviews.put(key(stored), stored);
        return stored;
    }

    @Override
    public synchronized void delete(Review review) {
        Review current = reviews.get(key(review));
        if (current == null || current.version() != review.version()) {
            throw new StaleVersion("review " + review.id());
        }
        reviews.remove(key(review));
        deleted.accept(review);
    }

    @Override
    public synchronized List<Review> heldSince(LocalDate from) {
        return reviews.values().stream().filter(Review::seriesComplete)
                .filter(r -> !r.meetings().last().isBefore(from)).toList();
    }

    @Override
    public synchronized List<Direction> directions(AuthorityCode authority, ChildId child) {
        return directions.getOrDefault(Key.of(authority, child), List.of());
    }

    @Override
    public synchronized void addDirection(AuthorityCode authority, ChildId child, Direction direction) {
        List<Direction> added = new ArrayList<>(directions(authority, child));
        added.add(direction);
        directions.put(Key.of(authority, child), List.copyOf(added));
    }

    /** Every review of the authority: for the adapters that count. */
    synchronized List<Review> all(AuthorityCode authority) {
        return reviews.values().stream().filter(r -> r.authority().equals(authority)).toList();
    }

    private static Review withVersion(Review r, long version) {
        return new Review(r.id(), r.authority(), r.childId(), r.kind(), r.meetings(), r.seriesComplete(),
                r.bookingId(), r.participation(), r.attended(), r.advocacy(), r.consultation(), r.facts(), r.timing(),
                version);
    }
}
