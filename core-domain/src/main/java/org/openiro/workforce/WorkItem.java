package org.openiro.workforce;

import java.time.LocalDate;
import org.openiro.children.ChildId;

/**
 * Something an IRO must do by a date (api.md, worklist): {@code review-due}, {@code report-awaited},
 * {@code recommendations-due}, {@code record-due}, {@code letter-due}, {@code midway-due}, {@code visit-due},
 * {@code alert-response-awaited}, {@code consider-early-review}, {@code qa-due} (a review's QA form, due with its
 * record).
 */
public record WorkItem(String kind, ChildId childId, LocalDate dueDate, boolean overdue, String reviewId,
                       String alertId, String bookingId) {
}
