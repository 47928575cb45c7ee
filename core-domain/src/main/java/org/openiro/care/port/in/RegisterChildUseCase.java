package org.openiro.care.port.in;

import static org.openiro.shared.InvalidInput.required;

import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildRecord;
import org.openiro.children.Child;
import org.openiro.children.ChildId;

/** A manager adds a child to the register, or corrects what it records about them. */
public interface RegisterChildUseCase {

    /** The child's id in the authority's own case system and what the register records of them. */
    record RegisterChildCommand(AuthorityCode authority, ChildId childId, Child.Demographics demographics) {
        public RegisterChildCommand {
            required("authority", authority);
            required("childId", childId);
            required("demographics", demographics);
        }
    }

    /** The child as registered, and whether they were new. */
    record Result(ChildRecord child, boolean created) {
    }

    /** Adds the child, or corrects their details when the id is already registered: safe to send again. */
    Result register(RegisterChildCommand command);
}
