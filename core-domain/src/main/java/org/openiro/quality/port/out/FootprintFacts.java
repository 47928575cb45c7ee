package org.openiro.quality.port.out;

import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.quality.CaseHistory;

/** What the footprint checks read of a child: their care, reviews, midway reviews, visits, alerts and QA forms. */
public interface FootprintFacts {

    /** The child's history as the checks read it; empty when the authority has no such child. */
    Optional<CaseHistory> of(AuthorityCode authority, ChildId child);
}
