package org.openiro.quality;

import java.time.LocalDate;

/** An audit as a list shows it: what it is, and how far its auditors have got. */
public record AuditSummary(String id, AuditKind kind, String title, LocalDate on, int cohortSize, int sampled,
                           int done, LocalDate drawnOn) {
}
