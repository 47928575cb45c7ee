package org.openiro.http.pages;

import org.openiro.quality.ReviewQa;
import org.openiro.reviews.Deadline;

/** The words and tags the quality assurance pages show, and the names of their fields. */
public final class QaWords {

    private QaWords() {
    }

    /** A question's radios are named {@code answer-<id>}; the first radio's id is {@code answer-<id>} too. */
    public static String field(String questionId) {
        return "answer-" + questionId;
    }

    /** The words a page shows for an answer code; a rating is its number, whose meaning the question's label gives. */
    public static String answerText(String code) {
        return switch (code) {
            case "yes" -> "Yes";
            case "no" -> "No";
            case "not-applicable" -> "Not applicable";
            default -> code;
        };
    }

    /** A review's QA form as the child's page lists it: done (in time or late), due, overdue, or not yet due. */
    public static String statusText(ReviewQa qa) {
        if (qa.form().isPresent()) {
            return qa.deadline() != null && qa.deadline().status() == Deadline.Status.LATE ? "Done late" : "Done";
        }
        if (qa.deadline() == null) {
            return "Not yet due";
        }
        return switch (qa.deadline().status()) {
            case MISSED -> "Overdue";
            case NOT_RECORDED -> "Not recorded";
            default -> "Due";
        };
    }

    public static String statusTag(ReviewQa qa) {
        return switch (statusText(qa)) {
            case "Done" -> "govuk-tag--green";
            case "Done late" -> "govuk-tag--orange";
            case "Overdue" -> "govuk-tag--red";
            case "Due" -> "govuk-tag--blue";
            default -> "govuk-tag--grey";
        };
    }

    /** One review's line in the child's quality assurance table. */
    public record Row(String reviewId, java.time.LocalDate held, ReviewQa qa) {
    }
}
