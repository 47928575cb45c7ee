package org.openiro.children.port.out;

import java.util.Optional;
import org.openiro.children.GridReference;
import org.openiro.children.Postcode;

/** Where postcodes lie: an authority's copy of the ONS postcode directory, or nothing when it has none. */
public interface PostcodeDirectory {

    /** A directory that knows no postcode: every distance from home is then not known. */
    PostcodeDirectory NONE = postcode -> Optional.empty();

    /** The middle of the postcode's sector, or of its district when the sector is not listed; empty when neither is. */
    Optional<GridReference> locate(Postcode postcode);
}
