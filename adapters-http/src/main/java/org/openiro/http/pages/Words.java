package org.openiro.http.pages;

import java.util.Map;
import org.openiro.reviews.Deadline;

/** The words and tag colours pages use for the service's ids, so a status is never shown by colour alone. */
public final class Words {

    private static final Map<String, String> BASES = Map.of(
            "care-start", "first review, 20 working days after care started",
            "after-review", "within the interval after the last review",
            "pre-adoptive-placement", "placed for adoption",
            "placement-order", "placement order made",
            "unregulated-placement", "an unregulated placement",
            "short-breaks", "short breaks",
            "brought-forward", "brought forward",
            "pathway-plan", "pathway plan review",
            "start-not-known", "care began before the records do");

    private Words() {
    }

    public static String basis(String id) {
        return BASES.getOrDefault(id, id);
    }

    public static String deadlineText(Deadline deadline) {
        return switch (deadline.status()) {
            case MET -> "Met";
            case LATE -> "Late";
            case PENDING -> "Pending";
            case MISSED -> "Missed";
            case NOT_RECORDED -> "Not recorded";
        };
    }

    public static String deadlineTag(Deadline deadline) {
        return switch (deadline.status()) {
            case MET -> "govuk-tag--green";
            case LATE -> "govuk-tag--orange";
            case PENDING -> "govuk-tag--blue";
            case MISSED -> "govuk-tag--red";
            case NOT_RECORDED -> "govuk-tag--grey";
        };
    }

    /** A list of ids as words: "attended-in-person" becomes "attended in person". */
    public static String id(String id) {
        return id == null ? "" : id.replace('-', ' ');
    }
}
