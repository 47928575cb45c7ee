package org.openiro.http;

import org.openiro.shared.InvalidInput;

/** The version a change was made against, from {@code If-Match}: {@code "3"}, {@code W/"3"} or {@code 3}. */
public final class IfMatch {

    private IfMatch() {
    }

    /** Null when the request named no version. */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String digits = ifMatch.replace("W/", "").replace("\"", "").trim();
        if (!digits.matches("[0-9]{1,18}")) {
            throw new InvalidInput("If-Match", "must name a version this service gave, such as \"3\"");
        }
        return Long.parseLong(digits);
    }
}
