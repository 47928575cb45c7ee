package org.openiro.audit;

/** What an access log entry records. */
public enum AccessKind {
    /** A child's record (or a page of it) was opened. */
    READ,
    /** A file left the service: the SSDA903 reviews table, a Standard Safeguarding Dataset extract, a report as CSV. */
    EXPORT,
    /** A request under an authority was answered 403 or 404: someone looked where they may not, or at nothing. */
    REFUSED;

    public String id() {
        return name().toLowerCase();
    }

    public static AccessKind ofId(String id) {
        return valueOf(id.toUpperCase());
    }
}
