package org.openiro.audit.port.out;

import java.util.List;
import org.openiro.audit.AccessEntry;
import org.openiro.audit.AccessQuery;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.Page;

/** The append-only access log: entries are added, a batch at a time, and never changed or removed. */
public interface AccessLog {

    /** Appends the entries in order, each given the next sequence number; none is ever changed or removed. */
    void appendAll(List<AccessEntry> entries);

    /** The authority's entries matching the query, newest first. */
    Page<AccessEntry> search(AuthorityCode authority, AccessQuery query, Page.Request page);
}
