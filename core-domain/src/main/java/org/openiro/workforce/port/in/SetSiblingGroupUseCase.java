package org.openiro.workforce.port.in;

import static org.openiro.shared.InvalidInput.required;

import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.shared.LocalId;

/** A manager records which children are siblings, so that one IRO can hold them together. */
public interface SetSiblingGroupUseCase {

    /** The child and their sibling group (made when new). */
    record SetSiblingGroupCommand(AuthorityCode authority, ChildId child, String groupId) {
        public SetSiblingGroupCommand {
            required("authority", authority);
            required("child", child);
            LocalId.require("groupId", groupId);
        }
    }

    /**
     * @param warning set when the group's children are held by more than one IRO
     * @param created true when the child had no sibling group before
     */
    record Siblings(String groupId, String warning, boolean created) {
    }

    /** Puts the child in the sibling group. */
    Siblings set(SetSiblingGroupCommand command);
}
