package org.openiro.children;

import java.util.Arrays;
import org.openiro.shared.InvalidInput;

/** SSDA903 {@code LS} codes: the legal basis on which a child is looked after. */
public enum LegalStatus {
    C1("interim care order"),
    C2("full care order"),
    D1("freeing order granted"),
    E1("placement order granted"),
    J1("remanded to local authority accommodation or youth detention accommodation"),
    J2("placed in local authority accommodation under PACE"),
    J3("sentenced to a youth rehabilitation order with residence or intensive fostering requirement"),
    L1("under police protection and in local authority accommodation"),
    L2("emergency protection order"),
    L3("under child assessment order and in local authority accommodation"),
    V2("single period of accommodation under section 20"),
    V3("accommodated under an agreed series of short-term breaks, individual episodes"),
    V4("accommodated under an agreed series of short-term breaks, when agreements are recorded");

    private final String description;

    LegalStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Short breaks: a child looked after only under V3/V4 has a cycle of their own and no 903 reviews. */
    public boolean isShortBreak() {
        return this == V3 || this == V4;
    }

    public static LegalStatus of(String field, String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst().orElseThrow(
                () -> new InvalidInput(field, "must be an SSDA903 LS code: C1, C2, D1, E1, J1, J2, J3, L1, L2, L3, V2, V3 or V4"));
    }
}
