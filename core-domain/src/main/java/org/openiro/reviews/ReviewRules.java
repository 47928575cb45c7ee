package org.openiro.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.Policy;
import org.openiro.children.Child;
import org.openiro.shared.Conflict;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;

/** What a recorded review must satisfy, about itself (400) and against the child's history (409). */
final class ReviewRules {

    private ReviewRules() {
    }

    static void check(Review review, Child child, Policy policy, LocalDate today) {
        check(review, child, policy, today, null);
    }

    /**
     * @param accepted the participation as stored before a correction: a code and methods already accepted (or
     *                 imported from a return, which records no methods) are not checked again when only other facts
     *                 change, so a letter date can be added to an imported review
     */
    static void check(Review review, Child child, Policy policy, LocalDate today, Participation accepted) {
        List<LocalDate> dates = review.meetings().dates();
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).isAfter(today)) {
                throw new InvalidInput(List.of(new FieldError("meetingDates[" + i + "]",
                        "a review is recorded once held: the date must not be in the future")));
            }
        }
        checkFacts(review.facts(), today);
        if (review.kind() == ReviewKind.PATHWAY_PLAN) {
            if (policy.pathwayPlanReviews() == Policy.PathwayPlanReviews.NONE) {
                throw new Conflict("kind", "IROs chair no pathway plan reviews in this authority (its policy)");
            }
            if (review.participation() != null) {
                throw new InvalidInput("participation", "a pathway plan review records attended, not a PN code");
            }
            // The IRO chairs a care leaver's pathway plan review, from 18 (domain.md, "Review timing"): before that
            // the young person's plan is reviewed at their looked-after reviews.
            LocalDate eighteen = child.eighteenthBirthday();
            if (review.meetings().last().isBefore(eighteen) || child.periods().isEmpty()) {
                throw new Conflict("kind", "a pathway plan review the IRO chairs is a care leaver's, from their 18th"
                        + " birthday (" + eighteen + "); before it, record a looked-after review (cla)");
            }
            return;
        }
        if (review.attended() != null) {
            throw new InvalidInput("attended", "a looked-after review records participation, not attended");
        }
        // A review belongs to a period of care up to its end date, or to a series of short breaks, between breaks too.
        Optional<ReviewCycles.Cycle> cycle = ReviewCycles.holding(ReviewCycles.of(child.periods()), review.meetings());
        if (cycle.isEmpty()) {
            throw new Conflict("meetingDates", "the review's last meeting, " + review.meetings().last()
                    + ", is outside every period of care of this child");
        }
        if (review.meetings().first().isBefore(cycle.get().careStarted())) {
            throw new Conflict("meetingDates[0]", "the first meeting is before care started on "
                    + cycle.get().careStarted());
        }
        if (review.participation() == null) {
            throw new InvalidInput("participation", "a looked-after review records how the child took part");
        }
        review.participation().code().checkAge("participation.code", child.dateOfBirth(), review.meetings().last());
        if (!review.participation().equals(accepted)) {
            review.participation().checkAgreement(policy.onlineAttendanceCounts());
        }
        if (review.advocacy() != null && review.advocacy().provider() != null && policy.advocacyProviders().stream()
                .noneMatch(p -> p.id().equals(review.advocacy().provider()))) {
            throw new InvalidInput("advocacy.provider", "not one of the authority's commissioned providers");
        }
    }

    private static void checkFacts(ReviewFacts facts, LocalDate today) {
        check("socialWorkReportReceivedOn", facts.socialWorkReportReceivedOn(), today);
        check("recommendationsIssuedOn", facts.recommendationsIssuedOn(), today);
        check("recordCompletedOn", facts.recordCompletedOn(), today);
        check("letterSentOn", facts.letterSentOn(), today);
    }

    private static void check(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidInput(field, "must not be in the future");
        }
    }
}
