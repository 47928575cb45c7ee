package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.PeriodOfCare;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.ReviewCounts;
import org.openiro.reviews.Booking;
import org.openiro.reviews.DueDates;
import org.openiro.reviews.MidwayReview;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewFacts;
import org.openiro.reviews.ReviewKind;
import org.openiro.reviews.ReviewTiming;

/** The review figures' counts, over the reviews, bookings, children and schedules kept in memory. */
public final class InMemoryReviewCounts implements ReviewCounts {

    private final InMemoryReviewRepository reviews;
    private final InMemoryBookingRepository bookings;
    private final InMemoryChildRepository children;
    private final InMemoryScheduleStore schedules;

    public InMemoryReviewCounts(InMemoryReviewRepository reviews, InMemoryBookingRepository bookings,
                                InMemoryChildRepository children, InMemoryScheduleStore schedules) {
        this.reviews = reviews;
        this.bookings = bookings;
        this.children = children;
        this.schedules = schedules;
    }

    private List<Review> held(AuthorityCode authority, ReportPeriod period, ReviewKind kind) {
        return Histories.held(reviews.all(authority), period, kind);
    }

    private static Held held(List<Review> held) {
        long measured = held.stream().filter(r -> r.timing() != null && r.timing().inTimescale() != null).count();
        long inTime = held.stream().filter(r -> r.timing() != null && Boolean.TRUE.equals(r.timing().inTimescale()))
                .count();
        return new Held(held.size(), new Share(measured, inTime));
    }

    @Override
    public Held heldInTimescale(AuthorityCode authority, ReportPeriod period, String kind) {
        return held(held(authority, period, ReviewKind.of("kind", kind)));
    }

    @Override
    public Map<String, Held> heldInTimescaleByMonth(AuthorityCode authority, ReportPeriod period) {
        Map<String, List<Review>> byMonth = new HashMap<>();
        for (Review r : held(authority, period, ReviewKind.CLA)) {
            LocalDate last = r.meetings().last();
            byMonth.computeIfAbsent(String.format("%04d-%02d", last.getYear(), last.getMonthValue()),
                    m -> new java.util.ArrayList<>()).add(r);
        }
        Map<String, Held> counts = new HashMap<>();
        byMonth.forEach((month, list) -> counts.put(month, held(list)));
        return counts;
    }

    @Override
    public Share pathwayPlanAttended(AuthorityCode authority, ReportPeriod period) {
        List<Review> held = held(authority, period, ReviewKind.PATHWAY_PLAN);
        return new Share(held.size(), held.stream().filter(r -> Boolean.TRUE.equals(r.attended())).count());
    }

    /** The bookings of the authority's looked-after reviews held in the period, each once. */
    private List<Booking> bookingsOfHeld(AuthorityCode authority, ReportPeriod period) {
        Set<String> ids = new LinkedHashSet<>();
        held(authority, period, ReviewKind.CLA).forEach(r -> {
            if (r.bookingId() != null) {
                ids.add(r.bookingId());
            }
        });
        return bookings.all(authority).stream().filter(b -> ids.contains(b.id())).toList();
    }

    @Override
    public long rearranged(AuthorityCode authority, ReportPeriod period) {
        Set<String> rearranged = new java.util.HashSet<>();
        bookings.all(authority).stream().filter(Booking::rearranged).forEach(b -> rearranged.add(b.id()));
        return held(authority, period, ReviewKind.CLA).stream()
                .filter(r -> r.bookingId() != null && rearranged.contains(r.bookingId())).count();
    }

    @Override
    public Map<String, Long> rearrangementsByReason(AuthorityCode authority, ReportPeriod period) {
        Map<String, Long> byReason = new HashMap<>();
        bookingsOfHeld(authority, period).forEach(b -> b.rearrangements()
                .forEach(x -> byReason.merge(x.reason(), 1L, Long::sum)));
        return byReason;
    }

    @Override
    public Map<String, Long> adjournmentsByReason(AuthorityCode authority, ReportPeriod period) {
        Map<String, Long> byReason = new HashMap<>();
        bookings.all(authority).stream().map(Booking::adjournment)
                .filter(a -> a != null && Histories.in(a.date(), period))
                .forEach(a -> byReason.merge(a.reason(), 1L, Long::sum));
        return byReason;
    }

    private static final Map<Owed, Function<DueDates, LocalDate>> DUE = Map.of(
            Owed.SOCIAL_WORK_REPORT, DueDates::socialWorkReport, Owed.RECOMMENDATIONS, DueDates::recommendations,
            Owed.RECORD, DueDates::record, Owed.LETTER, DueDates::letter);
    private static final Map<Owed, Function<ReviewFacts, LocalDate>> DONE = Map.of(
            Owed.SOCIAL_WORK_REPORT, ReviewFacts::socialWorkReportReceivedOn,
            Owed.RECOMMENDATIONS, ReviewFacts::recommendationsIssuedOn, Owed.RECORD, ReviewFacts::recordCompletedOn,
            Owed.LETTER, ReviewFacts::letterSentOn);

    @Override
    public Map<Owed, Deadlines> deadlines(AuthorityCode authority, ReportPeriod period) {
        List<Review> held = held(authority, period, ReviewKind.CLA);
        Map<Owed, Deadlines> counts = new EnumMap<>(Owed.class);
        for (Owed owed : Owed.values()) {
            long met = 0;
            long pending = 0;
            long withDue = 0;
            for (Review r : held) {
                DueDates dueDates = r.timing() == null ? null : r.timing().owed();
                LocalDate due = dueDates == null ? null : DUE.get(owed).apply(dueDates);
                if (due == null) {
                    continue;
                }
                withDue++;
                LocalDate done = DONE.get(owed).apply(r.facts());
                boolean isMet = done != null && !done.isAfter(due) && !done.isAfter(period.to());
                if (isMet) {
                    met++;
                } else if (!due.isBefore(period.to())) {
                    pending++;
                }
            }
            counts.put(owed, new Deadlines(met, withDue - pending, pending));
        }
        return counts;
    }

    @Override
    public long midwayReviews(AuthorityCode authority, ReportPeriod period) {
        return bookings.allMidwayReviews(authority).values().stream().flatMap(List::stream)
                .filter(m -> Histories.in(m.date(), period)).count();
    }

    @Override
    public Share midwayCoverage(AuthorityCode authority, ReportPeriod period) {
        List<Review> all = reviews.all(authority);
        Map<org.openiro.children.ChildId, List<MidwayReview>> midway = bookings.allMidwayReviews(authority);
        long of = 0;
        long met = 0;
        for (Review r : held(authority, period, ReviewKind.CLA)) {
            Integer sequence = r.timing() == null ? null : r.timing().sequence();
            if (sequence == null || sequence == 1) {
                continue;
            }
            of++;
            LocalDate first = r.meetings().first();
            Optional<LocalDate> previous = all.stream().filter(q -> q.childId().equals(r.childId())
                            && q.kind() == ReviewKind.CLA && q.seriesComplete() && q.meetings().last().isBefore(first))
                    .map(q -> q.meetings().last()).max(Comparator.naturalOrder());
            if (previous.isPresent() && midway.getOrDefault(r.childId(), List.of()).stream()
                    .anyMatch(m -> m.date().isBefore(first) && m.date().isAfter(previous.get()))) {
                met++;
            }
        }
        return new Share(of, met);
    }

    @Override
    public Share upToDate(AuthorityCode authority, LocalDate day) {
        List<Review> all = reviews.all(authority);
        long of = 0;
        long met = 0;
        for (Child child : children.all(authority)) {
            for (PeriodOfCare care : child.periods()) {
                if (!Histories.lookedAfterOn(care, day)) {
                    continue;
                }
                of++;
                Optional<Review> nextHeld = all.stream().filter(r -> r.childId().equals(child.id())
                                && r.kind() == ReviewKind.CLA && r.seriesComplete()
                                && r.meetings().first().isAfter(day)
                                && (care.end() == null || !r.meetings().last().isAfter(care.end())))
                        .min(Comparator.comparing(r -> r.meetings().first()));
                LocalDate due;
                if (nextHeld.isPresent()) {
                    ReviewTiming timing = nextHeld.get().timing();
                    due = timing == null || timing.dueDate() == null ? LocalDate.MAX : timing.dueDate();
                } else {
                    due = care.end() == null ? schedules.next(authority, child.id()).map(NextReview::dueDate)
                            .orElse(null) : null;
                }
                if (due == null || !due.isBefore(day)) {
                    met++;
                }
            }
        }
        return new Share(of, met);
    }
}
