package org.openiro.http;

import org.openiro.shared.LocalId;

/** The alphabet of ids in paths (api.md): 1–36 letters, digits, '-' and '_'. */
public final class Ids {
    public static final String PATTERN = LocalId.PATTERN;
    public static final String MESSAGE = "must be 1 to 36 letters, digits, '-' or '_'";

    private Ids() {
    }
}
