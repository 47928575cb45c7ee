package org.openiro.quality.port.out;

import java.time.LocalDate;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.quality.Cohort;
import org.openiro.quality.CohortMember;

/** Who was in a cohort on a day, answered by the database from the children's histories. */
public interface Cohorts {

    /**
     * The children who met every filter of the cohort on {@code on} (see {@link Cohort}), each with the IRO
     * allocated to them that day, in order of their ids.
     */
    List<CohortMember> membersOn(AuthorityCode authority, Cohort cohort, LocalDate on);
}
