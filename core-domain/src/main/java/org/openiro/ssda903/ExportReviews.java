package org.openiro.ssda903;

import java.time.format.DateTimeFormatter;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.CollectionYear;
import org.openiro.shared.UnitOfWork;
import org.openiro.ssda903.port.in.ExportSsda903UseCase;
import org.openiro.ssda903.port.out.ReturnReviews;

/**
 * The SSDA903 reviews table: {@code CHILD, DOB, REVIEW, REVIEW_CODE}, in that order, dates as dd/mm/yyyy, one row a
 * review held in the collection year (a series once, on its last meeting, the date the DfE calls the review's),
 * the same layout {@link Ssda903Check} reads, so that an export can be imported again.
 */
public final class ExportReviews implements ExportSsda903UseCase {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final AuthorityRepository authorities;
    private final ReturnReviews reviews;
    private final UnitOfWork unitOfWork;

    public ExportReviews(AuthorityRepository authorities, ReturnReviews reviews, UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.reviews = reviews;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public String reviewsTable(AuthorityCode authority, CollectionYear year) {
        return unitOfWork.inTransaction(() -> {
            authorities.require(authority);
            StringBuilder csv = new StringBuilder(String.join(",", Ssda903Check.REVIEW_COLUMNS)).append("\r\n");
            for (ReturnReviews.Row row : reviews.reviewsHeld(authority, year)) {
                csv.append(row.child()).append(',').append(DATE.format(row.dateOfBirth())).append(',')
                        .append(DATE.format(row.review())).append(',').append(row.participationCode()).append("\r\n");
            }
            return csv.toString();
        });
    }
}
