package org.openiro.http.pages;

import org.openiro.workforce.WorkItem;

/** The rows of the manager's dashboard's tables. */
public final class DashboardRows {

    private DashboardRows() {
    }

    /** What was missed, for a worklist item of a follow-up after a review. */
    public static String missed(String kind) {
        return switch (kind) {
            case "recommendations-due" -> "Recommendations";
            case "record-due" -> "Review record";
            case "letter-due" -> "Letter to the child";
            default -> Words.id(kind);
        };
    }

    /** A row of the due, overdue or missed tables: the work item, with the name of the IRO who holds the child. */
    public record Due(WorkItem item, String iro) {
    }

    /** The open alerts at one stage of the ladder: how many, and how many of them are over their timescale. */
    public record Stage(String stage, int open, int overTimescale) {
    }
}
