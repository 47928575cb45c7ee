package org.openiro.workforce.port.in;

import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.workforce.Iro;
import org.openiro.workforce.IroCaseload;

/** The IROs of the service and what each of them holds. */
public interface ManageIrosUseCase {

    record Saved(Iro iro, boolean created) {
    }

    Saved putIro(AuthorityCode authority, Iro iro);

    List<IroCaseload> caseloads(AuthorityCode authority);

    /** A sibling group whose children are held by more than one IRO. */
    record SplitGroup(String groupId, List<ChildId> children) {
    }

    record IroDetail(IroCaseload caseload, List<SplitGroup> splitSiblingGroups) {
    }

    IroDetail iro(AuthorityCode authority, String iroId);
}
