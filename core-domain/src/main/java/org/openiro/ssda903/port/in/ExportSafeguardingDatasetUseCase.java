package org.openiro.ssda903.port.in;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;

/** An administrator takes an extract of the Standard Safeguarding Dataset for the authority's analysts. */
public interface ExportSafeguardingDatasetUseCase {

    /** {@code ssd_cla_reviews} for the period, as CSV with the dataset's column names. */
    String claReviews(AuthorityCode authority, LocalDate from, LocalDate to);
}
