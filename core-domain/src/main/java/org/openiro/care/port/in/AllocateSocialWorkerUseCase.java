package org.openiro.care.port.in;

import static org.openiro.shared.InvalidInput.required;

import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.SocialWorker;

/** A manager records who the child's social worker is; alerts are raised with them and they may read the child. */
public interface AllocateSocialWorkerUseCase {

    /** The child and their social worker (with their team manager). */
    record AllocateSocialWorkerCommand(AuthorityCode authority, ChildId child, SocialWorker socialWorker) {
        public AllocateSocialWorkerCommand {
            required("authority", authority);
            required("child", child);
            required("socialWorker", socialWorker);
        }
    }

    /** The social worker as recorded, and whether the child had none before. */
    record Result(SocialWorker socialWorker, boolean created) {
    }

    /** Records the child's social worker, replacing any before. */
    Result allocate(AllocateSocialWorkerCommand command);
}
