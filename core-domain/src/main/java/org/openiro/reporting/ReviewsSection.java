package org.openiro.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.port.out.ByPeriod;
import org.openiro.reporting.port.out.ReviewCounts;
import org.openiro.reporting.port.out.ReviewCounts.Deadlines;
import org.openiro.reporting.port.out.ReviewCounts.Held;
import org.openiro.reporting.port.out.ReviewCounts.HeldInPeriod;
import org.openiro.reporting.port.out.ReviewCounts.Owed;
import org.openiro.reporting.port.out.ReviewCounts.Share;
import org.openiro.reviews.Booking;

/** reports.md, "Reviews", figure by figure, from counts the database makes. */
final class ReviewsSection {

    static final String SECTION = "reviews";

    private final ReviewCounts counts;

    ReviewsSection(ReviewCounts counts) {
        this.counts = counts;
    }

    /**
     * The figures of the period and of the previous period, the reviews held in both read in one pass, and up to date
     * on both last days in one statement.
     */
    ByPeriod<List<Figure>> figures(Authority authority, ReportPeriod period, ReportPeriod previous) {
        ByPeriod<HeldInPeriod> held = counts.held(authority.code(), period, previous);
        ByPeriod<Share> upToDate = counts.upToDate(authority.code(), period.to(), previous.to());
        return new ByPeriod<>(figures(authority, period, held.current(), upToDate.current()),
                figures(authority, previous, held.previous(), upToDate.previous()));
    }

    private List<Figure> figures(Authority authority, ReportPeriod period, HeldInPeriod reviews, Share upToDate) {
        AuthorityCode code = authority.code();
        List<Figure> figures = new ArrayList<>();
        Held held = reviews.lookedAfter();
        figures.add(Figure.count(SECTION, "reviews-held", null, held.held()));
        figures.add(share("held-in-timescale", null, held.inTimescale(),
                authority.policy().targets().reviewsInTimescale()));
        figures.add(share("up-to-date-at-end", null, upToDate, null));

        Map<Owed, Deadlines> deadlines = reviews.deadlines();
        Deadlines recommendations = deadlines.get(Owed.RECOMMENDATIONS);
        Deadlines record = deadlines.get(Owed.RECORD);
        Deadlines letter = deadlines.get(Owed.LETTER);
        Deadlines report = deadlines.get(Owed.SOCIAL_WORK_REPORT);
        figures.add(Figure.share(SECTION, "recommendations-in-timescale", null, recommendations.met(),
                recommendations.decided(), null));
        figures.add(Figure.share(SECTION, "records-in-timescale", null, record.met(), record.decided(),
                authority.policy().targets().recordsInTimescale()));
        figures.add(Figure.count(SECTION, "report-late", null, report.decided() - report.met()));
        figures.add(Figure.count(SECTION, "deadlines-pending", null,
                recommendations.pending() + record.pending() + letter.pending()));
        figures.add(Figure.count(SECTION, "deadlines-pending", "deadline:recommendations", recommendations.pending()));
        figures.add(Figure.count(SECTION, "deadlines-pending", "deadline:record", record.pending()));
        figures.add(Figure.count(SECTION, "deadlines-pending", "deadline:letter", letter.pending()));

        long rearranged = reviews.rearranged();
        figures.add(Figure.share(SECTION, "rearranged", null, rearranged, held.held(), null));
        Map<String, Long> rearrangements = counts.rearrangementsByReason(code, period);
        for (String reason : new TreeSet<>(Booking.REARRANGEMENT_REASONS)) {
            figures.add(Figure.count(SECTION, "rearranged", "reason:" + reason, rearrangements.getOrDefault(reason, 0L)));
        }
        Map<String, Long> adjournments = counts.adjournmentsByReason(code, period);
        figures.add(Figure.share(SECTION, "adjourned", null, sum(adjournments), held.held(), null));
        for (String reason : new TreeSet<>(Booking.ADJOURNMENT_REASONS)) {
            figures.add(Figure.count(SECTION, "adjourned", "reason:" + reason, adjournments.getOrDefault(reason, 0L)));
        }

        Map<String, Held> byMonth = reviews.lookedAfterByMonth();
        for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to()));
             month = month.plusMonths(1)) {
            Held inMonth = byMonth.getOrDefault(month.toString(), Held.NONE);
            figures.add(Figure.count(SECTION, "held-by-month", "month:" + month, inMonth.held()));
            figures.add(share("in-timescale-by-month", "month:" + month, inMonth.inTimescale(),
                    authority.policy().targets().reviewsInTimescale()));
        }

        figures.add(Figure.count(SECTION, "midway-reviews", null, counts.midwayReviews(code, period)));
        figures.add(share("midway-coverage", null, reviews.midwayCoverage(), null));

        Held pathway = reviews.pathwayPlans();
        figures.add(Figure.count(SECTION, "pathway-plan-reviews-held", null, pathway.held()));
        figures.add(share("pathway-plan-in-timescale", null, pathway.inTimescale(), null));
        figures.add(share("pathway-plan-attended", null, reviews.pathwayPlanAttended(), null));
        return figures;
    }

    private static Figure share(String id, String breakdown, Share share, Double target) {
        return Figure.share(SECTION, id, breakdown, share.met(), share.of(), target);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
