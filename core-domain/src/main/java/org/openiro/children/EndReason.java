package org.openiro.children;

import java.util.Map;
import java.util.TreeMap;
import org.openiro.shared.InvalidInput;

/** SSDA903 {@code REC}: why a period of care ended. {@code X1} (a new episode the same day) is not an end. */
public record EndReason(String code) {

    private static final Map<String, String> CODES = new TreeMap<>(Map.ofEntries(
            Map.entry("E11", "adopted: application for an adoption order unopposed"),
            Map.entry("E12", "adopted: consent dispensed with by the court"),
            Map.entry("E13", "left care to live with parent(s), relative(s) or other person(s) with no parental responsibility"),
            Map.entry("E14", "accommodation on remand ended"),
            Map.entry("E15", "age assessment determined child is aged 18 or over"),
            Map.entry("E16", "child moved abroad"),
            Map.entry("E17", "aged 18 (or over) and remained with current carers"),
            Map.entry("E2", "died"),
            Map.entry("E3", "care taken over by another local authority in the UK"),
            Map.entry("E41", "residence order or child arrangements order granted"),
            Map.entry("E45", "special guardianship order made to former foster carer(s), who was/are a relative(s) or friend(s)"),
            Map.entry("E46", "special guardianship order made to former foster carer(s), other than relative(s) or friend(s)"),
            Map.entry("E47", "special guardianship order made to carer(s), other than former foster carer(s), who was/are a relative(s) or friend(s)"),
            Map.entry("E48", "special guardianship order made to carer(s), other than former foster carer(s), other than relative(s) or friend(s)"),
            Map.entry("E4A", "returned home to live with parent(s), relative(s), or other person(s) with parental responsibility as part of the care planning process"),
            Map.entry("E4B", "returned home to live with parent(s), relative(s), or other person(s) with parental responsibility which was not part of the current care planning process"),
            Map.entry("E5", "moved into independent living arrangement and no longer looked-after: supportive accommodation providing formalised advice/support arrangements"),
            Map.entry("E6", "moved into independent living arrangement and no longer looked-after: accommodation providing no formalised advice/support arrangements"),
            Map.entry("E7", "transferred to residential care funded by adult social care services"),
            Map.entry("E8", "period of being looked-after ceased for any other reason"),
            Map.entry("E9", "sentenced to custody")));

    public EndReason {
        if (code == null || !CODES.containsKey(code)) {
            throw new InvalidInput("reason", "must be an SSDA903 REC code that ends a period of care, such as "
                    + "E4A, E11, E17 or E8" + ("X1".equals(code) ? " (X1 starts a new episode; it does not end care)" : ""));
        }
    }

    public static EndReason of(String field, String code) {
        try {
            return new EndReason(code);
        } catch (InvalidInput e) {
            throw new InvalidInput(field, e.getMessage());
        }
    }

    public String description() {
        return CODES.get(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
