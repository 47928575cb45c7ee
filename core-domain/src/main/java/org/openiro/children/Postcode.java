package org.openiro.children;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode as the SSDA903 return gives a child's home ({@code HOME_POST}) and placement ({@code PL_POST}): whole
 * ("AB12 3CD"), or cut to its sector, the outward code and the inward code's first digit ("AB12 3").
 *
 * @param outward the outward code, upper case ("AB12", "SW1A")
 * @param inward  the inward code ("3CD"), or its first digit alone for a sector ("3")
 */
public record Postcode(String outward, String inward) {

    private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");
    private static final Pattern INWARD = Pattern.compile("[0-9]([A-Z]{2})?");

    public Postcode {
        if (outward == null || !OUTWARD.matcher(outward).matches()) {
            throw new IllegalArgumentException("not the outward code of a postcode: " + outward);
        }
        if (inward == null || !INWARD.matcher(inward).matches()) {
            throw new IllegalArgumentException("not the inward code of a postcode or sector: " + inward);
        }
    }

    /**
     * The postcode or sector the text spells, in any case and however spaced; empty when it is blank or spells
     * neither. Where the text has a space it divides the outward code from the inward one; without one, the inward
     * code is the last three characters of a whole postcode, or the last digit of a sector, and a district alone
     * spells nothing.
     */
    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.trim().toUpperCase(Locale.ROOT);
        int space = upper.indexOf(' ');
        if (space > 0) {
            return of(upper.substring(0, space), upper.substring(space).trim());
        }
        if (OUTWARD.matcher(upper).matches()) {
            // A district alone ("SE15") is no postcode: read as a sector it would be another place (SE1 5).
            return Optional.empty();
        }
        Optional<Postcode> whole = upper.length() > 3
                ? of(upper.substring(0, upper.length() - 3), upper.substring(upper.length() - 3)) : Optional.empty();
        return whole.isPresent() || upper.length() < 2 ? whole
                : of(upper.substring(0, upper.length() - 1), upper.substring(upper.length() - 1));
    }

    private static Optional<Postcode> of(String outward, String inward) {
        return OUTWARD.matcher(outward).matches() && INWARD.matcher(inward).matches()
                ? Optional.of(new Postcode(outward, inward)) : Optional.empty();
    }

    /** A sector only, with no unit: the return's partial postcodes. */
    public boolean isSector() {
        return inward.length() == 1;
    }

    /** The postcode's sector ("AB12 3"). */
    public Postcode sector() {
        return isSector() ? this : new Postcode(outward, inward.substring(0, 1));
    }

    /** Northern Ireland's postcodes, which the ONS directory places on the Irish Grid, not Great Britain's. */
    public boolean inNorthernIreland() {
        return outward.startsWith("BT");
    }

    @Override
    public String toString() {
        return outward + " " + inward;
    }
}
