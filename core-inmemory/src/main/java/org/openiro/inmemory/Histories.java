package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openiro.children.Child;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.ShortBreaks;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewKind;

/** What the counting adapters ask of children's histories and reviews, as the database's queries ask it. */
final class Histories {

    private Histories() {
    }

    static boolean in(LocalDate day, ReportPeriod period) {
        return day != null && !day.isBefore(period.from()) && !day.isAfter(period.to());
    }

    /** Looked after on the day by this period: started by then, not ended by then. */
    static boolean lookedAfterOn(PeriodOfCare period, LocalDate day) {
        return !period.start().isAfter(day) && (period.end() == null || period.end().isAfter(day));
    }

    static boolean lookedAfterOn(Child child, LocalDate day) {
        return child.periods().stream().anyMatch(p -> lookedAfterOn(p, day));
    }

    /** The latest legal status begun by the day (of two on one day, the later recorded). */
    static Optional<LegalStatusSpell> legalStatusOn(PeriodOfCare period, LocalDate day) {
        LegalStatusSpell latest = null;
        for (LegalStatusSpell spell : period.legalStatuses()) {
            if (!spell.from().isAfter(day) && (latest == null || !spell.from().isBefore(latest.from()))) {
                latest = spell;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The latest placement begun by the day (of two on one day, the later recorded). */
    static Optional<Placement> placementOn(PeriodOfCare period, LocalDate day) {
        Placement latest = null;
        for (Placement placement : period.placements()) {
            if (!placement.start().isAfter(day) && (latest == null || !placement.start().isBefore(latest.start()))) {
                latest = placement;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The first legal status of the period (of two on its first day, the first recorded). */
    static Optional<LegalStatusSpell> firstLegalStatus(PeriodOfCare period) {
        LegalStatusSpell first = null;
        for (LegalStatusSpell spell : period.legalStatuses()) {
            if (first == null || spell.from().isBefore(first.from())) {
                first = spell;
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * Whether the child is left out of the report's period as looked after on short breaks alone: they had a short
     * break in it and no other episode (each legal status an episode, until the next begins or the period ends).
     */
    static boolean onShortBreaksAlone(Child child, ReportPeriod window) {
        List<ShortBreaks.Episode> episodes = episodes(child);
        boolean anyBreak = episodes.stream().anyMatch(e -> e.shortBreak() && !e.start().isAfter(window.to())
                && (e.end() == null || !e.end().isBefore(window.from())));
        return anyBreak && ShortBreaks.onlyShortBreaks(episodes, window.from(), window.to());
    }

    /**
     * Whether the child had an episode other than a short break between the two days (both included): not, also, when
     * they had no episode there at all. What the SSDA903 reviews table asks of a collection year (rule 399).
     */
    static boolean hadOrdinaryEpisode(Child child, LocalDate from, LocalDate to) {
        return !ShortBreaks.onlyShortBreaks(episodes(child), from, to);
    }

    /** The child's episodes as the DfE counts them: each legal status until the next of its period begins, or it ends. */
    private static List<ShortBreaks.Episode> episodes(Child child) {
        List<ShortBreaks.Episode> episodes = new ArrayList<>();
        for (PeriodOfCare period : child.periods()) {
            List<LegalStatusSpell> spells = new ArrayList<>(period.legalStatuses());
            spells.sort(java.util.Comparator.comparing(LegalStatusSpell::from));
            for (int i = 0; i < spells.size(); i++) {
                LocalDate end = i + 1 < spells.size() ? spells.get(i + 1).from() : period.end();
                episodes.add(new ShortBreaks.Episode(spells.get(i).from(), end, spells.get(i).status().isShortBreak()));
            }
        }
        return episodes;
    }

    /** Complete reviews of the kind whose last meeting is in the period: "reviews held". */
    static List<Review> held(List<Review> reviews, ReportPeriod period, ReviewKind kind) {
        return reviews.stream().filter(r -> r.kind() == kind && r.seriesComplete())
                .filter(r -> in(r.meetings().last(), period)).toList();
    }

    /** Whole years: 18 on the day when born on or before that day 18 years earlier. */
    static boolean eighteenBy(LocalDate dateOfBirth, LocalDate day) {
        return !dateOfBirth.plusYears(18).isAfter(day);
    }
}
