package org.openiro.http.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openiro.children.Child;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.reviews.RecordedReview;

/** One dated event of a child's care history, as the child page's timeline shows it (newest first). */
public record TimelineEntry(LocalDate date, String title, String detail) {

    static List<TimelineEntry> of(Child child, List<RecordedReview> reviews) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (PeriodOfCare period : child.periods()) {
            entries.add(new TimelineEntry(period.start(), period.startKnown() ? "Started to be looked after"
                    : "First day on record of this period of care", ""));
            for (LegalStatusSpell spell : period.legalStatuses()) {
                entries.add(new TimelineEntry(spell.from(), "Legal status " + spell.status().name(),
                        spell.status().description()));
            }
            for (Placement placement : period.placements()) {
                entries.add(new TimelineEntry(placement.start(), "Placement " + placement.type().code(),
                        placement.type().description()));
            }
            if (period.end() != null) {
                entries.add(new TimelineEntry(period.end(), "Stopped being looked after",
                        period.endReason() == null ? "" : period.endReason().description()));
            }
        }
        for (RecordedReview r : reviews) {
            entries.add(new TimelineEntry(r.review().meetings().last(), "Review held",
                    r.review().participation() == null ? "" : "Participation " + r.review().participation().code()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date).reversed());
        return entries;
    }
}
