package org.openiro.reviews;

import java.time.LocalDate;

/** The IRO's check of the care plan between two reviews, with the social worker and ideally the child. */
public record MidwayReview(String id, LocalDate date, boolean withChild, boolean driftIdentified, String notes) {
}
