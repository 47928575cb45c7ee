package org.openiro.children;

import java.util.Optional;
import org.openiro.children.port.out.PostcodeDirectory;

/**
 * Whether a placement is more than 20 miles from the child's home, measured between the two postcodes as the DfE
 * measures {@code PL_DISTANCE}: the straight line between them on the National Grid, in miles to one decimal place
 * (children looked after return guidance; the validator's {@code _add_postcode_derived_fields}). "Over 20 miles" is the
 * DfE's statistical cut-off: 20.0 miles is "20 miles or less" (docs/ssda903-code-lists.md, section 13).
 */
public final class DistanceFromHome {

    static final double MILES = 20.0;

    private final PostcodeDirectory directory;

    public DistanceFromHome(PostcodeDirectory directory) {
        this.directory = directory;
    }

    /**
     * More than 20 miles apart; null when not known: when either postcode is blank or unreadable (as for most
     * unaccompanied asylum-seeking children, whose home postcode the return leaves blank) or not in the directory, and
     * when the home is outside England, which the DfE's guidance counts as not known (999.9) too.
     */
    public Boolean over20Miles(String homePostcode, String placementPostcode) {
        if (directory == PostcodeDirectory.NONE) {
            // Nothing to look up: a national return has half a million postcodes not to read.
            return null;
        }
        Optional<PostcodeLocation> home = Postcode.parse(homePostcode).flatMap(directory::locate);
        Optional<PostcodeLocation> placement = Postcode.parse(placementPostcode).flatMap(directory::locate);
        if (home.isEmpty() || placement.isEmpty() || Boolean.FALSE.equals(home.get().inEngland())) {
            return null;
        }
        double miles = Math.round(home.get().point().milesTo(placement.get().point()) * 10) / 10.0;
        return miles > MILES;
    }
}
