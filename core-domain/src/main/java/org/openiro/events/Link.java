package org.openiro.events;

import org.openiro.authority.AuthorityCode;

/**
 * Where a notification points its reader: what kind of record and its ids, not an address. The catalogue writes it
 * as the API path events.md promises; nothing else in the domain knows the API's paths.
 */
public record Link(Kind kind, AuthorityCode authority, String id) {

    public enum Kind {
        ALERT
    }

    public static Link toAlert(AuthorityCode authority, String alertId) {
        return new Link(Kind.ALERT, authority, alertId);
    }
}
