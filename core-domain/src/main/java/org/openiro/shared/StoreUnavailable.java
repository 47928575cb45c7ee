package org.openiro.shared;

/**
 * The database could not be reached, or the connection to it was lost, part way through a unit of work (issue 22). It
 * says whether the work may simply run again: it may when the connection was lost before the work asked to commit,
 * since the database then kept nothing of it; when the loss came with the commit, nobody knows whether it was kept.
 */
public class StoreUnavailable extends DomainException {
    private final boolean nothingKept;

    public StoreUnavailable(String message, boolean nothingKept, Throwable cause) {
        super(message);
        this.nothingKept = nothingKept;
        initCause(cause);
    }

    /** True when the database certainly kept nothing of the work, so running it again cannot do it twice. */
    public boolean nothingKept() {
        return nothingKept;
    }
}
