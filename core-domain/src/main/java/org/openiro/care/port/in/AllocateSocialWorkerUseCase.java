package org.openiro.care.port.in;

import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.SocialWorker;

/** A manager records who the child's social worker is; alerts are raised with them and they may read the child. */
public interface AllocateSocialWorkerUseCase {

    record Result(SocialWorker socialWorker, boolean created) {
    }

    Result allocate(AuthorityCode authority, ChildId child, SocialWorker socialWorker);
}
