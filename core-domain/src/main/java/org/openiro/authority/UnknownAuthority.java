package org.openiro.authority;

import org.openiro.shared.NotFound;

public class UnknownAuthority extends NotFound {
    public UnknownAuthority(AuthorityCode code) {
        super("no authority " + code);
    }
}
