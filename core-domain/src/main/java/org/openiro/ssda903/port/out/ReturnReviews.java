package org.openiro.ssda903.port.out;

import java.time.LocalDate;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.CollectionYear;

/** The reviews an authority's return reports for a collection year, as stored. */
public interface ReturnReviews {

    /** One row of the reviews table: the child, their date of birth, the review's date and its participation code. */
    record Row(String child, LocalDate dateOfBirth, LocalDate review, String participationCode) {
    }

    /**
     * The complete looked-after reviews whose last meeting falls in the year, by child and date, but for a child whose
     * every episode of that year is a short break ({@code ShortBreaks.onlyShortBreaks}): they return no reviews that
     * year (rule 399), whatever care they had in other years.
     */
    List<Row> reviewsHeld(AuthorityCode authority, CollectionYear year);
}
