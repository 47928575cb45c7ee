package org.openiro.children;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * From the day a child becomes looked after to the first day they are not (SSDA903 {@code DEC}). The API calls it
 * an "episode"; the 903 return splits it further at every change of legal status or placement.
 *
 * @param startKnown false when an import met the period mid-way and does not know when it began
 */
public record PeriodOfCare(LocalDate start, LocalDate end, EndReason endReason, boolean startKnown,
                           List<LegalStatusSpell> legalStatuses, List<Placement> placements) {

    public PeriodOfCare {
        legalStatuses = legalStatuses.stream().sorted(Comparator.comparing(LegalStatusSpell::from)).toList();
        placements = placements.stream().sorted(Comparator.comparing(Placement::start)).toList();
    }

    public static PeriodOfCare starting(LocalDate start, LegalStatus status, Placement placement) {
        return new PeriodOfCare(start, null, null, true, List.of(new LegalStatusSpell(start, status)),
                List.of(placement));
    }

    public boolean isOpen() {
        return end == null;
    }

    /** Looked after on {@code day} when {@code start <= day < end}. */
    public boolean isLookedAfterOn(LocalDate day) {
        return !day.isBefore(start) && (end == null || day.isBefore(end));
    }

    public Optional<LegalStatus> legalStatusOn(LocalDate day) {
        LegalStatus current = null;
        for (LegalStatusSpell spell : legalStatuses) {
            if (!spell.from().isAfter(day)) {
                current = spell.status();
            }
        }
        return Optional.ofNullable(current);
    }

    public Optional<Placement> placementOn(LocalDate day) {
        Placement current = null;
        for (Placement placement : placements) {
            if (!placement.start().isAfter(day)) {
                current = placement;
            }
        }
        return Optional.ofNullable(current);
    }

    /** Looked after only under a series of short breaks (V3/V4 throughout). */
    public boolean isShortBreaksOnly() {
        return !legalStatuses.isEmpty() && legalStatuses.stream().allMatch(s -> s.status().isShortBreak());
    }

    PeriodOfCare withPlacement(Placement placement) {
        List<Placement> all = new ArrayList<>(placements);
        all.add(placement);
        return new PeriodOfCare(start, end, endReason, startKnown, legalStatuses, all);
    }

    PeriodOfCare withLegalStatus(LegalStatusSpell spell) {
        List<LegalStatusSpell> all = new ArrayList<>(legalStatuses);
        all.add(spell);
        return new PeriodOfCare(start, end, endReason, startKnown, all, placements);
    }

    PeriodOfCare endingOn(LocalDate endDate, EndReason reason) {
        return new PeriodOfCare(start, endDate, reason, startKnown, legalStatuses, placements);
    }
}
