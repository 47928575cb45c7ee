package org.openiro.audit.port.in;

import org.openiro.audit.AuditEntry;

/** Called inside the transaction of the write it records, so that a write is never without its entry. */
public interface RecordAuditUseCase {

    /** Appends the entry in the caller's unit of work: kept with the change, or not at all. */
    void record(AuditEntry entry);
}
