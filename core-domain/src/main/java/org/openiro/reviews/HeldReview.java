package org.openiro.reviews;

import java.util.Objects;

/**
 * What the schedule needs to know of a review: when its meetings were, and whether its series is complete.
 *
 * <p>A value with a record's API (its components' accessors, equality and text), but a class: it also keeps its
 * first and last meeting as {@link Days} numbers, worked out once when it is made, so that laying a child's history
 * out ({@link ReviewHistory}) reads this one object for each review rather than following it to its
 * {@link Meetings}, their list and their dates (docs/benchmarks.md, {@code schedule}, issue 23, fourth step: the
 * schedule from the domain's objects was bound by that reading). A record cannot keep anything beside its components.
 */
public final class HeldReview {

    private final String id;
    private final ReviewKind kind;
    private final Meetings meetings;
    private final boolean complete;
    /** The first and last meeting as {@link Days} numbers. */
    final int firstDay;
    final int lastDay;
    /** More than one meeting: only then does a calendar decide whether it finished within the series limit. */
    final boolean series;

    public HeldReview(String id, ReviewKind kind, Meetings meetings, boolean complete) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.complete = complete;
        this.firstDay = Days.of(meetings.first());
        this.lastDay = Days.of(meetings.last());
        this.series = meetings.isSeries();
    }

    public String id() {
        return id;
    }

    public ReviewKind kind() {
        return kind;
    }

    public Meetings meetings() {
        return meetings;
    }

    public boolean complete() {
        return complete;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HeldReview that && complete == that.complete && id.equals(that.id)
                && kind == that.kind && meetings.equals(that.meetings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, meetings, complete);
    }

    @Override
    public String toString() {
        return "HeldReview[id=" + id + ", kind=" + kind + ", meetings=" + meetings + ", complete=" + complete + "]";
    }
}
