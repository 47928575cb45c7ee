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

    /**
     * Since when the child has been remanded or detained, as they are on {@code day}: under J1–J3 (since the first of
     * an unbroken run of those legal statuses) or placed in a young offender institution (R5), whichever began first
     * of those still going on. Empty when neither is so that day.
     */
    public Optional<LocalDate> remandedOrDetainedSince(LocalDate day) {
        LocalDate since = null;
        for (LegalStatusSpell spell : legalStatuses) {
            if (spell.from().isAfter(day)) {
                break;
            }
            since = spell.status().isRemandOrDetention() ? (since == null ? spell.from() : since) : null;
        }
        Optional<Placement> placement = placementOn(day).filter(p -> p.type().isDetention());
        if (placement.isPresent() && (since == null || placement.get().start().isBefore(since))) {
            since = placement.get().start();
        }
        return Optional.ofNullable(since);
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
