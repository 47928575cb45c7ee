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
     * The complete looked-after reviews whose last meeting falls in the year, of children not looked after under short
     * breaks alone (who have no 903 reviews, rule 399), by child and date.
     */
    List<Row> reviewsHeld(AuthorityCode authority, CollectionYear year);
}
