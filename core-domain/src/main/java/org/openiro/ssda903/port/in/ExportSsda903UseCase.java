package org.openiro.ssda903.port.in;

import org.openiro.authority.AuthorityCode;
import org.openiro.children.CollectionYear;

/** An administrator takes the reviews table of the year's return to the DfE. */
public interface ExportSsda903UseCase {

    /** The reviews table as a CSV file laid out as the DfE's specification lays it out. */
    String reviewsTable(AuthorityCode authority, CollectionYear year);
}
