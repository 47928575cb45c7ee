package org.openiro.quality;

import org.openiro.children.ChildId;

/** A child in an audit's cohort, with the IRO allocated to them on its day (null when none was). */
public record CohortMember(ChildId childId, String iroId) {
}
