package org.openiro.workforce;

import java.time.LocalDate;
import org.openiro.children.ChildId;

/**
 * Something an IRO must do by a date (api.md, worklist): {@code review-due}, {@code report-awaited},
 * {@code recommendations-due}, {@code record-due}, {@code letter-due}, {@code midway-due}, {@code visit-due},
 * {@code alert-response-awaited}, {@code consider-early-review}, {@code care-not-ended-at-18}, {@code qa-due} (a
 * review's QA form, due with its record).
 *
 * @param reason why, where a kind has several: for {@code consider-early-review} the bring-forward reason that
 *               prompts it ({@code unplanned-move}, {@code leaving-remand-or-detention}, {@code placement-with-parent})
 */
public record WorkItem(String kind, ChildId childId, LocalDate dueDate, boolean overdue, String reviewId,
                       String alertId, String bookingId, String reason) {

    public WorkItem(String kind, ChildId childId, LocalDate dueDate, boolean overdue, String reviewId, String alertId,
                    String bookingId) {
        this(kind, childId, dueDate, overdue, reviewId, alertId, bookingId, null);
    }
}
