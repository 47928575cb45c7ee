package org.openiro.reviews;

/**
 * The placement and legal status of a period of care on a day, for days asked in order: the schedule measures a
 * cycle's reviews one after another, each on its first meeting, so each lookup carries on from where the one before
 * stopped instead of reading the period's placements and legal statuses again from the first.
 *
 * <p>Why it exists: the schedule of an authority's children is bound by reading their histories from memory, not by
 * the arithmetic; reading each placement once a cycle rather than once a review is part of what made it faster
 * (docs/benchmarks.md, {@code schedule}). A day earlier than the last one asked, or another period, starts again from
 * the first, so the answers are the same whatever the order. Days are {@link Days} numbers, {@link Days#ALL} for the
 * latest facts; placements and statuses are the history's rows, by index.
 */
final class CareOnTheDay {

    private final ReviewHistory history;
    private int period = -1;
    private int day;
    /** The index of the placement on the day, of the legal status on the day; -1 before the first. */
    private int placement;
    private int status;

    CareOnTheDay(ReviewHistory history) {
        this.history = history;
    }

    /**
     * Moves to {@code day} in {@code period}: from then on {@link #placement()} and {@link #placementOrderSince()}
     * answer as on that day (as on the latest facts when {@code day} is {@link Days#ALL}: everything is known).
     */
    CareOnTheDay on(int period, int day) {
        if (period != this.period || day < this.day) {
            this.period = period;
            placement = -1;
            status = -1;
        }
        this.day = day;
        int first = history.firstPlacement(period);
        int i = placement < 0 ? first - 1 : placement;
        while (i + 1 < history.placementsEnd(period) && history.placementStart(i + 1) <= day) {
            i++;
        }
        placement = i < first ? -1 : i;
        int firstStatus = history.firstStatus(period);
        int s = status < 0 ? firstStatus - 1 : status;
        while (s + 1 < history.statusesEnd(period) && history.statusFrom(s + 1) <= day) {
            s++;
        }
        status = s < firstStatus ? -1 : s;
        return this;
    }

    /** The placement on the day (the history's index); -1 before the first. */
    int placement() {
        return placement;
    }

    /** When the agency was authorised to place the child (E1), if that is the legal status on the day; else NONE. */
    int placementOrderSince() {
        return status >= 0 && history.placementOrder(status) ? history.statusFrom(status) : Days.NONE;
    }
}
