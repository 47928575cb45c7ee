package org.openiro.workforce.port.in;

import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.workforce.IroCaseload;

/** Reads the IROs of the service and what each of them holds. */
public interface ViewIrosUseCase {

    /** Each IRO with the children they hold and their caseload per FTE against the Handbook's band. */
    List<IroCaseload> caseloads(AuthorityCode authority);

    /** A sibling group whose children are held by more than one IRO. */
    record SplitGroup(String groupId, List<ChildId> children) {
    }

    /** One IRO's caseload, and the sibling groups they share with another IRO. */
    record IroDetail(IroCaseload caseload, List<SplitGroup> splitSiblingGroups) {
    }

    /** One IRO; {@link org.openiro.workforce.UnknownIro} when there is none. */
    IroDetail iro(AuthorityCode authority, String iroId);
}
