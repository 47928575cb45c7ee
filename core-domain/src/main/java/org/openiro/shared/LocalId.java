package org.openiro.shared;

import java.util.regex.Pattern;

/**
 * The rule for identifiers an authority brings from its own case system (children, IROs, social workers):
 * 1–36 letters, digits, '-' or '_', so that they are safe in a path and a record can be PUT again.
 */
public final class LocalId {
    public static final String PATTERN = "[A-Za-z0-9_-]{1,36}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private LocalId() {
    }

    public static String require(String field, String value) {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidInput(field, "must be 1 to 36 letters, digits, '-' or '_'");
        }
        return value;
    }
}
