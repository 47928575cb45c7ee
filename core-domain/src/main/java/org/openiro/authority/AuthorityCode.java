package org.openiro.authority;

import org.openiro.shared.LocalId;

/** An authority's short code, such as {@code surrey} or {@code E10000030}; every record belongs to exactly one. */
public record AuthorityCode(String value) {
    public AuthorityCode {
        LocalId.require("authority", value);
    }

    public static AuthorityCode of(String value) {
        return new AuthorityCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
