package org.openiro.children;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A postcode cut to its sector, as the SSDA903 return gives a child's home ({@code HOME_POST}) and placement
 * ({@code PL_POST}): the outward code and the first digit of the inward code, "AB12 3". A whole postcode is cut to
 * its sector too, since that is all the return keeps and all a distance between two homes needs.
 *
 * @param sector upper case, without spaces ("AB123")
 */
public record Postcode(String sector) {

    private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");
    private static final Pattern WHOLE = Pattern.compile(OUTWARD.pattern() + "[0-9][A-Z]{2}");
    private static final Pattern SECTOR = Pattern.compile(OUTWARD.pattern() + "[0-9]");

    /** The postcode's sector; empty when the text is blank or not shaped like a UK postcode or its sector. */
    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        if (WHOLE.matcher(compact).matches()) {
            return Optional.of(new Postcode(compact.substring(0, compact.length() - 2)));
        }
        return SECTOR.matcher(compact).matches() ? Optional.of(new Postcode(compact)) : Optional.empty();
    }

    /** The outward code ("AB12"): the postcode district, for when the sector itself is not in a directory. */
    public String district() {
        return sector.substring(0, sector.length() - 1);
    }

    @Override
    public String toString() {
        return district() + " " + sector.charAt(sector.length() - 1);
    }
}
