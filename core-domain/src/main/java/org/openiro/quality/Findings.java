package org.openiro.quality;

import java.time.LocalDate;

/** An auditor's answers and notes on one child of an audit. {@code recordedBy} is their username. */
public record Findings(Answers answers, String notes, LocalDate recordedOn, String recordedBy) {
}
