package org.openiro.children;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openiro.shared.InvalidInput;

/**
 * SSDA903 {@code PLACE} codes. The list changes by collection year (2025/26 drops H5, P2 and Z1 and adds K3
 * and Z11–Z14), so a code is valid for the collection year in which the placement starts.
 */
public record PlacementType(String code) {

    private record Code(String description, int firstYear, int lastYear) {
    }

    private static final int OPEN = Integer.MAX_VALUE;
    private static final Map<String, Code> CODES = new LinkedHashMap<>();

    private static void code(String code, String description, int firstYear, int lastYear) {
        CODES.put(code, new Code(description, firstYear, lastYear));
    }

    static {
        code("A3", "placed for adoption with parental/guardian consent with current foster carer(s)", 0, OPEN);
        code("A4", "placed for adoption with parental/guardian consent not with current foster carer(s)", 0, OPEN);
        code("A5", "placed for adoption with placement order with current foster carer(s)", 0, OPEN);
        code("A6", "placed for adoption with placement order not with current foster carer(s)", 0, OPEN);
        code("H5", "semi-independent living accommodation not subject to children's homes regulations", 0, 2025);
        code("K1", "secure children's home", 0, OPEN);
        code("K2", "children's home subject to children's homes regulations", 0, OPEN);
        code("K3", "supported accommodation (registered)", 2025, OPEN); // the DfE validator accepts it from 2024/25
        code("P1", "placed with own parent(s) or other person(s) with parental responsibility", 0, OPEN);
        code("P2", "independent living, e.g. flat, lodgings, bedsit, B&B or with friends", 0, 2025);
        code("P3", "residential employment", 0, OPEN);
        code("R1", "residential care home", 0, OPEN);
        code("R2", "NHS/health trust or other establishment providing medical or nursing care", 0, OPEN);
        code("R3", "family centre or mother and baby unit", 0, OPEN);
        code("R5", "young offender institution or prison", 0, OPEN);
        code("S1", "all residential schools, except where dual-registered as a school and children's home", 0, OPEN);
        code("T0", "temporary placement: all types of temporary move", 0, OPEN);
        code("T1", "temporary periods in hospital", 0, OPEN);
        code("T2", "temporary absences of the child on holiday", 0, OPEN);
        code("T3", "temporary accommodation whilst normal foster carer(s) is/are on holiday", 0, OPEN);
        code("T4", "temporary accommodation of seven days or less", 0, OPEN);
        code("U1", "foster placement with relative(s) or friend(s), long term fostering", 0, OPEN);
        code("U2", "foster placement with relative(s) or friend(s) who is/are also an approved adopter(s): FFA/concurrent", 0, OPEN);
        code("U3", "foster placement with relative(s) or friend(s), not long term or FFA/concurrent", 0, OPEN);
        code("U4", "foster placement with other foster carer(s), long term fostering", 0, OPEN);
        code("U5", "foster placement with other foster carer(s) who is/are also an approved adopter(s): FFA/concurrent", 0, OPEN);
        code("U6", "foster placement with other foster carer(s), not long term or FFA/concurrent", 0, OPEN);
        code("Z1", "other placements (must be listed on a schedule sent to DfE with the annual submission)", 0, 2025);
        code("Z11", "other placements: unregistered children's home", 2026, OPEN);
        code("Z12", "other placements: unregistered supported accommodation", 2026, OPEN);
        code("Z13", "other placements: unregistered other", 2026, OPEN);
        code("Z14", "other placements: independent living", 2026, OPEN);
    }

    public PlacementType {
        if (code == null || !CODES.containsKey(code)) {
            throw new InvalidInput("placement.type", "must be an SSDA903 PLACE code such as U1–U6, R1, K2, P1, A3–A6");
        }
    }

    /** The code as valid for a placement starting on {@code start}; refused when that year's list lacks it. */
    public static PlacementType of(String field, String code, LocalDate start) {
        Code known = code == null ? null : CODES.get(code);
        if (known == null) {
            throw new InvalidInput(field, "must be an SSDA903 PLACE code such as U1–U6, R1, K2, P1, A3–A6");
        }
        CollectionYear year = CollectionYear.containing(start);
        if (year.endYear() < known.firstYear || year.endYear() > known.lastYear) {
            throw new InvalidInput(field, code + " is not a PLACE code in " + year
                    + " (the year this placement starts)");
        }
        return new PlacementType(code);
    }

    /**
     * Every code, in the order of the list above: a code's place in it is a number that stands for it (the review
     * schedule keeps placements as numbers, issue 23, eighth step).
     */
    public static java.util.List<String> codes() {
        return java.util.List.copyOf(CODES.keySet());
    }

    public String description() {
        return CODES.get(code).description();
    }

    /**
     * The collection years the code is on the list, in words ("until 2024/25", "from 2025/26"), or empty when it is
     * on every year's: a form that offers every code says which belong to which years.
     */
    public String yearsListed() {
        Code known = CODES.get(code);
        if (known.lastYear != OPEN) {
            return "until " + new CollectionYear(known.lastYear);
        }
        return known.firstYear == 0 ? "" : "from " + new CollectionYear(known.firstYear);
    }

    /** Placed for adoption (A3–A6): a review is due within 28 days of this placement. */
    public boolean isPlacedForAdoption() {
        return code.startsWith("A");
    }

    /**
     * Placed for adoption not with the current foster carers (A4, A6): with new carers, so a move, whatever came
     * before (Adoption Agencies Regulations 2005, reg 36(2)(a)). A3 and A5 are with the current foster carers.
     */
    public boolean isPlacedForAdoptionWithNewCarers() {
        return code.equals("A4") || code.equals("A6");
    }

    /** A young offender institution or prison (R5): the child is detained. */
    public boolean isDetention() {
        return code.equals("R5");
    }

    /** Placed with their own parent(s) or others with parental responsibility (P1; CPPCR 2010 reg 17). */
    public boolean isWithParent() {
        return code.equals("P1");
    }

    @Override
    public String toString() {
        return code;
    }
}
