package org.openiro.care.port.in;

import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildRecord;
import org.openiro.children.ChildId;

public interface ViewChildUseCase {

    ChildRecord view(AuthorityCode authority, ChildId childId);
}
