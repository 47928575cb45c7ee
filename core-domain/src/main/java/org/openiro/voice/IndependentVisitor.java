package org.openiro.voice;

import java.time.LocalDate;

/** The child's match with an Independent Visitor, a volunteer; {@code endedOn} null while it lasts. */
public record IndependentVisitor(LocalDate matchedOn, LocalDate endedOn) {
}
