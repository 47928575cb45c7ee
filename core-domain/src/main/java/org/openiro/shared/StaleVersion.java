package org.openiro.shared;

/**
 * Someone else changed the record since it was read: one of two concurrent changes wins, the other changes nothing
 * (api.md: 409, or 412 when the request named the version it expected with If-Match).
 */
public class StaleVersion extends Conflict {
    public StaleVersion(String what) {
        super(null, what + " was changed by someone else meanwhile; read it again and retry");
    }
}
