package org.openiro.audit.port.in;

import org.openiro.audit.AccessEntry;

/**
 * Notes an access in the access log. Called as a request is answered: it neither waits for the database nor fails
 * the request, and the entry is written shortly after, with others (so reads stay as fast as they were). What happens
 * when entries come faster than they can be written is the implementation's to say (docs/security.md).
 */
public interface RecordAccessUseCase {

    /** Takes the entry to be written later; returns at once, whatever happens to the write. */
    void record(AccessEntry entry);
}
