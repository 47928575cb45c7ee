package org.openiro.care.port.in;

import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildRecord;
import org.openiro.children.Child;
import org.openiro.children.ChildId;

/** A manager adds a child to the register, or corrects what it records about them. */
public interface RegisterChildUseCase {

    record RegisterChildCommand(AuthorityCode authority, ChildId childId, Child.Demographics demographics) {
    }

    record Result(ChildRecord child, boolean created) {
    }

    Result register(RegisterChildCommand command);
}
