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

    /**
     * Short breaks (V3, V4; CPPCR 2010 reg 48): the one place that says which legal statuses are. Everything else that
     * asks (the review cycle's series of breaks, the 903 check and export, the report) asks {@link ShortBreaks}, which
     * asks this, and the database keeps the answer with each legal status ({@code legal_status.short_break}).
     */
    public boolean isShortBreak() {
        return this == V3 || this == V4;
    }

    /** Remanded or detained (J1, J2, J3): regulation 33(3) asks for a review before the child would leave. */
    public boolean isRemandOrDetention() {
        return this == J1 || this == J2 || this == J3;
    }

    public static LegalStatus of(String field, String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst().orElseThrow(
                () -> new InvalidInput(field, "must be an SSDA903 LS code: C1, C2, D1, E1, J1, J2, J3, L1, L2, L3, V2, V3 or V4"));
    }
}
