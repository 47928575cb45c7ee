package org.openiro.quality.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.util.Map;
import org.openiro.access.Caller;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.quality.AuditedChild;

/** The child's auditor (or a manager) records their findings on one child of an audit: once. */
public interface RecordAuditFindingsUseCase {

    /** The audit, the child, who records (to check they may), their answers and notes. */
    record RecordAuditFindingsCommand(AuthorityCode authority, String auditId, ChildId child, Caller caller,
                                      Map<String, ?> answers, String notes) {
        public RecordAuditFindingsCommand {
            required("authority", authority);
            required("auditId", auditId);
            required("child", child);
            required("caller", caller);
        }
    }

    /**
     * @throws org.openiro.access.Forbidden when an IRO who is not the child's auditor tries
     * @throws org.openiro.shared.Conflict  when the child's findings are already recorded
     */
    AuditedChild record(RecordAuditFindingsCommand command);
}
