package org.openiro.quality;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.Policy;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.quality.FootprintCheck.Result;
import org.openiro.reviews.Deadline;
import org.openiro.reviews.Deadlines;
import org.openiro.reviews.IroVisit;
import org.openiro.reviews.MidwayReview;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewFacts;
import org.openiro.reviews.ReviewKind;

/**
 * The IRO's footprint on one child's record as it stood on a day: a pure function of what the service holds. "The
 * last review" is the child's latest complete looked-after review whose last meeting is on or before the day, "the
 * review before" the one before it; anything dated after the day is as if not yet done.
 */
public final class Footprint {

    private Footprint() {
    }

    public static Map<FootprintCheck, Result> checks(CaseHistory history, Authority authority,
                                                     WorkingDayCalendar calendar, LocalDate on) {
        List<Review> held = history.reviews().stream()
                .filter(r -> r.kind() == ReviewKind.CLA && r.seriesComplete() && !r.meetings().last().isAfter(on))
                .sorted(Comparator.comparing((Review r) -> r.meetings().last())).toList();
        Review last = held.isEmpty() ? null : held.get(held.size() - 1);
        Review before = held.size() < 2 ? null : held.get(held.size() - 2);
        Map<FootprintCheck, Result> checks = new EnumMap<>(FootprintCheck.class);
        checks.put(FootprintCheck.MIDWAY_REVIEW, midway(history.midwayReviews(), last, before));
        checks.put(FootprintCheck.IRO_VISIT, visit(history, authority.policyOn(on), calendar, on));
        Optional<Deadlines> owed = Optional.ofNullable(last).filter(r -> r.facts().recorded())
                .map(r -> Deadlines.of(authority, calendar, r.meetings(), asOn(r.facts(), on), on));
        checks.put(FootprintCheck.RECORD_ON_TIME, owed.map(d -> result(d.record())).orElse(Result.NOT_APPLICABLE));
        checks.put(FootprintCheck.LETTER_ON_TIME, owed.map(d -> result(d.letter())).orElse(Result.NOT_APPLICABLE));
        checks.put(FootprintCheck.DRIFT_ALERT, driftAlert(history, before, on));
        checks.put(FootprintCheck.QA_FORM, owed.map(d -> {
            LocalDate completed = history.qaFormsCompleted().get(last.id());
            return result(Deadline.of(d.record().due(), completed == null || completed.isAfter(on) ? null
                    : completed, on));
        }).orElse(Result.NOT_APPLICABLE));
        return checks;
    }

    /**
     * Met when a midway review lies strictly between the review before's last meeting and the last review's first,
     * as the service report's midway coverage counts it; not applicable without two reviews, or when the last is the
     * first review of a period of care (the interval from care starting is left out).
     */
    private static Result midway(List<MidwayReview> midways, Review last, Review before) {
        if (last == null || before == null || (last.timing() != null && Integer.valueOf(1).equals(
                last.timing().sequence()))) {
            return Result.NOT_APPLICABLE;
        }
        boolean between = midways.stream().anyMatch(m -> m.date().isAfter(before.meetings().last())
                && m.date().isBefore(last.meetings().first()));
        return between ? Result.MET : Result.NOT_MET;
    }

    /**
     * Where the child's placement on the day is one the policy asks the IRO to visit (an unregulated placement, with
     * {@code unregulatedVisitWorkingDays} set): met when the first visit on or after the placement started came within
     * those working days, pending while none has come and the time has not run out.
     */
    private static Result visit(CaseHistory history, Policy policy, WorkingDayCalendar calendar, LocalDate on) {
        Optional<Placement> placement = history.child().periods().stream().filter(p -> p.isLookedAfterOn(on))
                .findFirst().flatMap(period -> placementOn(period, on));
        if (placement.isEmpty() || policy.unregulated().visitWorkingDays() == null
                || !policy.unregulated().placementTypes().contains(placement.get().type().code())) {
            return Result.NOT_APPLICABLE;
        }
        LocalDate start = placement.get().start();
        LocalDate due = calendar.workingDaysAfter(start, policy.unregulated().visitWorkingDays());
        Optional<LocalDate> visited = history.visits().stream().filter(v -> "visit".equals(v.kind()))
                .map(IroVisit::date).filter(d -> !d.isBefore(start) && !d.isAfter(on)).min(Comparator.naturalOrder());
        if (visited.isPresent()) {
            return visited.get().isAfter(due) ? Result.NOT_MET : Result.MET;
        }
        return on.isAfter(due) ? Result.NOT_MET : Result.PENDING;
    }

    private static Optional<Placement> placementOn(PeriodOfCare period, LocalDate on) {
        return period.placements().stream().filter(p -> !p.start().isAfter(on))
                .max(Comparator.comparing(Placement::start));
    }

    /**
     * The midway reviews since the review before the last (all of them with fewer than two reviews) that found drift:
     * met when an alert for the child was raised on or after the first of them, by the day.
     */
    private static Result driftAlert(CaseHistory history, Review before, LocalDate on) {
        Optional<LocalDate> drift = history.midwayReviews().stream().filter(MidwayReview::driftIdentified)
                .map(MidwayReview::date)
                .filter(d -> !d.isAfter(on) && (before == null || d.isAfter(before.meetings().last())))
                .min(Comparator.naturalOrder());
        if (drift.isEmpty()) {
            return Result.NOT_APPLICABLE;
        }
        boolean raised = history.alertsRaised().stream().anyMatch(d -> !d.isBefore(drift.get()) && !d.isAfter(on));
        return raised ? Result.MET : Result.NOT_MET;
    }

    /** The facts as they stood on the day: anything done later was not yet done. */
    private static ReviewFacts asOn(ReviewFacts facts, LocalDate on) {
        return new ReviewFacts(by(facts.socialWorkReportReceivedOn(), on), by(facts.recommendationsIssuedOn(), on),
                by(facts.recordCompletedOn(), on), by(facts.letterSentOn(), on), facts.recorded());
    }

    private static LocalDate by(LocalDate date, LocalDate on) {
        return date == null || date.isAfter(on) ? null : date;
    }

    private static Result result(Deadline deadline) {
        return switch (deadline.status()) {
            case MET -> Result.MET;
            case LATE, MISSED -> Result.NOT_MET;
            case PENDING -> Result.PENDING;
            case NOT_RECORDED -> Result.NOT_APPLICABLE;
        };
    }
}
