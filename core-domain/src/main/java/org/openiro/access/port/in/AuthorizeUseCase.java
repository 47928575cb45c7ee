package org.openiro.access.port.in;

import java.util.Optional;
import org.openiro.access.Action;
import org.openiro.access.Caller;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/** May this person do this, here? Asked before every request under an authority. */
public interface AuthorizeUseCase {

    /**
     * Returns normally when allowed.
     *
     * @throws org.openiro.shared.NotFound when the authority is not the caller's, or the child is one a social worker
     *         may not see: exactly as if it did not exist
     * @throws org.openiro.access.Forbidden when the caller can see it but their role may not do this
     */
    void authorize(Caller caller, AuthorityCode authority, Action action, Optional<ChildId> child);

    /** As {@link #authorize}, for an action on an alert: the alert's child decides. */
    void authorizeOnAlert(Caller caller, AuthorityCode authority, Action action, String alertId);
}
