package org.openiro.reviews;

import java.time.LocalDate;
import java.util.List;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;

/**
 * The placement and legal status of a period of care on a day, for days asked in order: the schedule measures a
 * cycle's reviews one after another, each on its first meeting, so each lookup carries on from where the one before
 * stopped instead of reading the period's placements and legal statuses again from the first.
 *
 * <p>Why it exists: the schedule of an authority's children is bound by reading their histories from memory (objects
 * spread over the heap), not by the arithmetic; reading each placement once a cycle rather than once a review is most
 * of what made it faster (docs/benchmarks.md, {@code schedule}). A day earlier than the last one asked, or another
 * period, starts again from the first, so the answers are the same whatever the order.
 */
final class CareOnTheDay {

    private PeriodOfCare period;
    private LocalDate day;
    /** The index of the placement on the day, of the legal status on the day; -1 before the first. */
    private int placement;
    private int status;

    /**
     * Moves to {@code day} in {@code period}: from then on {@link #placement()} and {@link #placementOrderSince()}
     * answer as on that day (as on the latest facts when {@code day} is null: everything is known).
     */
    CareOnTheDay on(PeriodOfCare period, LocalDate day) {
        if (period != this.period || (day != null && (this.day == null || day.isBefore(this.day)))) {
            this.period = period;
            placement = -1;
            status = -1;
        }
        this.day = day;
        placement = latestBy(period.placements(), placement, day);
        status = latestStatusBy(period.legalStatuses(), status, day);
        return this;
    }

    /** The placement on the day; null before the first. */
    Placement placement() {
        return placement < 0 ? null : period.placements().get(placement);
    }

    /** The index of {@link #placement()} in the period's placements. */
    int placementIndex() {
        return placement;
    }

    /** When the agency was authorised to place the child (E1), if that is the legal status on the day; else null. */
    LocalDate placementOrderSince() {
        if (status < 0) {
            return null;
        }
        LegalStatusSpell spell = period.legalStatuses().get(status);
        return spell.status() == LegalStatus.E1 ? spell.from() : null;
    }

    /** The last placement starting by {@code day} (the last of all when null), looking on from {@code from}. */
    private static int latestBy(List<Placement> placements, int from, LocalDate day) {
        int i = from;
        while (i + 1 < placements.size() && (day == null || !placements.get(i + 1).start().isAfter(day))) {
            i++;
        }
        return i;
    }

    private static int latestStatusBy(List<LegalStatusSpell> spells, int from, LocalDate day) {
        int i = from;
        while (i + 1 < spells.size() && (day == null || !spells.get(i + 1).from().isAfter(day))) {
            i++;
        }
        return i;
    }
}
