package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.ChildrenCounts;
import org.openiro.reviews.ReviewKind;

/** "Children looked after", counted over the children and reviews kept in memory, child by child. */
public final class InMemoryChildrenCounts implements ChildrenCounts {

    private final InMemoryChildRepository children;
    private final InMemoryReviewRepository reviews;

    public InMemoryChildrenCounts(InMemoryChildRepository children, InMemoryReviewRepository reviews) {
        this.children = children;
        this.reviews = reviews;
    }

    /** The children counted in the period: all but those on short breaks alone in it. */
    private List<Child> counted(AuthorityCode authority, ReportPeriod period) {
        return children.all(authority).stream().filter(c -> !Histories.onShortBreaksAlone(c, period)).toList();
    }

    @Override
    public LookedAfter lookedAfter(AuthorityCode authority, ReportPeriod period, List<Integer> ageBandUpperBounds) {
        long atStart = 0;
        Breakdown.Tally atEnd = new Breakdown.Tally();
        LocalDate day = period.to();
        for (Child child : counted(authority, period)) {
            for (PeriodOfCare care : child.periods()) {
                if (Histories.lookedAfterOn(care, period.dayBefore())) {
                    atStart++;
                }
                if (!Histories.lookedAfterOn(care, day)) {
                    continue;
                }
                int band = ageBandUpperBounds.size();
                for (int i = 0; i < ageBandUpperBounds.size(); i++) {
                    if (child.dateOfBirth().isAfter(day.minusYears(ageBandUpperBounds.get(i)))) {
                        band = i;
                        break;
                    }
                }
                Placement placement = Histories.placementOn(care, day).orElse(null);
                Child.Demographics d = child.demographics();
                atEnd.children(1);
                atEnd.gender(d.gender().id(), 1);
                atEnd.ethnicity(d.ethnicity().name(), 1);
                atEnd.ageBand(band, 1);
                atEnd.legalStatus(Histories.legalStatusOn(care, day).map(s -> s.status().name()).orElse(null), 1);
                atEnd.placementType(placement == null ? null : placement.type().code(), 1);
                atEnd.distance(placement == null ? null : placement.over20Miles(), 1);
            }
        }
        return new LookedAfter(atStart, atEnd.breakdown());
    }

    private Started started(AuthorityCode authority, ReportPeriod period) {
        long periods = 0;
        Set<ChildId> started = new HashSet<>();
        Set<ChildId> uasc = new HashSet<>();
        for (Child child : counted(authority, period)) {
            for (PeriodOfCare care : child.periods()) {
                if (care.startKnown() && Histories.in(care.start(), period)) {
                    periods++;
                    started.add(child.id());
                    if (child.demographics().uasc()) {
                        uasc.add(child.id());
                    }
                }
            }
        }
        return new Started(periods, started.size(), uasc.size());
    }

    private Map<String, Long> legalStatusAtEntry(AuthorityCode authority, ReportPeriod period) {
        Map<String, Long> entered = new HashMap<>();
        for (Child child : counted(authority, period)) {
            for (PeriodOfCare care : child.periods()) {
                if (care.startKnown() && Histories.in(care.start(), period)) {
                    Histories.firstLegalStatus(care).map(LegalStatusSpell::status)
                            .ifPresent(status -> entered.merge(status.name(), 1L, Long::sum));
                }
            }
        }
        return entered;
    }

    private Map<Ceased, Long> ceased(AuthorityCode authority, ReportPeriod period) {
        Map<Ceased, Long> ceased = new HashMap<>();
        for (Child child : counted(authority, period)) {
            for (PeriodOfCare care : child.periods()) {
                if (Histories.in(care.end(), period)) {
                    ceased.merge(new Ceased(care.endReason() == null ? null : care.endReason().code(),
                            Histories.eighteenBy(child.dateOfBirth(), care.end()), child.demographics().uasc()),
                            1L, Long::sum);
                }
            }
        }
        return ceased;
    }

    /** The three counts above, each as it gives it (the database reads them in one pass). */
    @Override
    public StartedAndCeased startedAndCeased(AuthorityCode authority, ReportPeriod period) {
        return new StartedAndCeased(started(authority, period), legalStatusAtEntry(authority, period),
                ceased(authority, period));
    }

    @Override
    public long careLeaversSupported(AuthorityCode authority, ReportPeriod period) {
        return Histories.held(reviews.all(authority), period, ReviewKind.PATHWAY_PLAN).stream()
                .map(r -> r.childId()).distinct().count();
    }
}
