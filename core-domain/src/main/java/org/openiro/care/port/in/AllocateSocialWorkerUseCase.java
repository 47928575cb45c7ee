package org.openiro.care.port.in;

import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.SocialWorker;

/** A manager records who the child's social worker is; alerts are raised with them and they may read the child. */
public interface AllocateSocialWorkerUseCase {

    /** The social worker as recorded, and whether the child had none before. */
    record Result(SocialWorker socialWorker, boolean created) {
    }

    /** Records the child's social worker (and their team manager), replacing any before. */
    Result allocate(AuthorityCode authority, ChildId child, SocialWorker socialWorker);
}
