package org.openiro.escalation;

import java.time.LocalDate;

/** An IRO's recorded recognition of good work by a social worker or team; reported beside alerts. */
public record GoodPracticeNote(String id, LocalDate on, String socialWorkerId, String team, String text) {
}
