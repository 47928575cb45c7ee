package org.openiro.quality;

import java.util.ArrayList;
import java.util.List;
import org.openiro.children.LegalStatus;
import org.openiro.children.PlacementType;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.LocalId;

/**
 * Which children an audit draws from, as they were on its day: every filter given must hold (an empty list or a
 * null is no filter). Legal statuses and placement types are SSDA903 codes on the day; ages are whole years on the
 * day, both ends included; the IRO is the one allocated that day.
 *
 * @param lookedAfter true: looked after on the day; false: not looked after on the day but in care at some time
 *                    before it (care leavers), to whom no legal status or placement then applies
 */
public record Cohort(List<LegalStatus> legalStatuses, List<String> placementTypes, Integer ageFrom, Integer ageTo,
                     Boolean disability, Boolean uasc, String iroId, boolean lookedAfter) {

    public static final int MAX_AGE = 25;

    public Cohort {
        legalStatuses = legalStatuses == null ? List.of() : List.copyOf(legalStatuses);
        placementTypes = placementTypes == null ? List.of() : List.copyOf(placementTypes);
    }

    /** A cohort as a request writes it, every problem named under {@code field}. */
    public static Cohort of(String field, List<String> legalStatuses, List<String> placementTypes, Integer ageFrom,
                            Integer ageTo, Boolean disability, Boolean uasc, String iroId, Boolean lookedAfter) {
        List<FieldError> problems = new ArrayList<>();
        List<LegalStatus> statuses = new ArrayList<>();
        List<String> codes = legalStatuses == null ? List.of() : legalStatuses;
        for (int i = 0; i < codes.size(); i++) {
            try {
                statuses.add(LegalStatus.of(field + ".legalStatuses[" + i + "]", codes.get(i)));
            } catch (InvalidInput e) {
                problems.addAll(e.errors());
            }
        }
        List<String> types = placementTypes == null ? List.of() : placementTypes;
        for (int i = 0; i < types.size(); i++) {
            try {
                new PlacementType(types.get(i));
            } catch (InvalidInput e) {
                problems.add(new FieldError(field + ".placementTypes[" + i + "]", "must be an SSDA903 PLACE code"
                        + " such as U1–U6, R1, K2, P1, A3–A6"));
            }
        }
        age(field + ".ageFrom", ageFrom, problems);
        age(field + ".ageTo", ageTo, problems);
        if (ageFrom != null && ageTo != null && ageTo < ageFrom) {
            problems.add(new FieldError(field + ".ageTo", "must not be below ageFrom"));
        }
        if (iroId != null) {
            try {
                LocalId.require(field + ".iroId", iroId);
            } catch (InvalidInput e) {
                problems.addAll(e.errors());
            }
        }
        boolean inCare = lookedAfter == null || lookedAfter;
        if (!inCare && (!codes.isEmpty() || !types.isEmpty())) {
            problems.add(new FieldError(field + ".lookedAfter", "legal statuses and placements are those on the"
                    + " day: a cohort filtered by them is of children looked after then"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Cohort(statuses, types, ageFrom, ageTo, disability, uasc, iroId, inCare);
    }

    private static void age(String field, Integer age, List<FieldError> problems) {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            problems.add(new FieldError(field, "must be between 0 and " + MAX_AGE));
        }
    }
}
