package org.openiro.children;

import java.util.Arrays;
import org.openiro.shared.InvalidInput;

/** The API's words for SSDA903 {@code SEX}. */
public enum Gender {
    MALE("male"), FEMALE("female"), OTHER("other"), NOT_RECORDED("not-recorded");

    private final String id;

    Gender(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Gender of(String field, String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst().orElseThrow(
                () -> new InvalidInput(field, "must be one of male, female, other, not-recorded"));
    }
}
