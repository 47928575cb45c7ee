package org.openiro.audit.port.in;

import org.openiro.audit.AccessEntry;
import org.openiro.audit.AccessQuery;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.Page;

/** An authority's information governance lead reads who looked at what: the access log, filtered and paged. */
public interface ReadAccessLogUseCase {

    /** The authority's entries matching the query, newest first. */
    Page<AccessEntry> read(AuthorityCode authority, AccessQuery query, Page.Request page);
}
