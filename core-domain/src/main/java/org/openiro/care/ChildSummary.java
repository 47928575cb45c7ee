package org.openiro.care;

import org.openiro.children.ChildId;
import org.openiro.reviews.NextReview;

/**
 * A line of the children list: who (the id, and the name the authority records, null when it records none), and when
 * their next review is due (null when none is).
 */
public record ChildSummary(ChildId id, String name, NextReview nextReview) {
}
