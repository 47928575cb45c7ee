package org.openiro.children.port.out;

import java.util.Optional;
import org.openiro.children.Postcode;
import org.openiro.children.PostcodeLocation;

/** Where postcodes lie: an authority's copy of the ONS postcode directory, or nothing when it has none. */
public interface PostcodeDirectory {

    /** A directory that knows no postcode: every distance from home is then not known. */
    PostcodeDirectory NONE = postcode -> Optional.empty();

    /** Where the postcode (or sector) lies; empty when the directory does not know it. */
    Optional<PostcodeLocation> locate(Postcode postcode);
}
