package org.openiro.inmemory;

import java.util.Map;
import java.util.Optional;
import org.openiro.children.Postcode;
import org.openiro.children.PostcodeLocation;
import org.openiro.children.port.out.PostcodeDirectory;

/** A postcode directory of the postcodes given to it (or {@link PostcodeDirectory#NONE} for none at all). */
public final class InMemoryPostcodeDirectory implements PostcodeDirectory {

    private final Map<Postcode, PostcodeLocation> locations;

    public InMemoryPostcodeDirectory(Map<Postcode, PostcodeLocation> locations) {
        this.locations = Map.copyOf(locations);
    }

    @Override
    public Optional<PostcodeLocation> locate(Postcode postcode) {
        return Optional.ofNullable(locations.get(postcode));
    }
}
