package org.openiro.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openiro.children.port.out.PostcodeDirectory;

/** A placement's distance from home, between the return's two postcode sectors, as the DfE measures it. */
class DistanceFromHomeTest {

    /** Sectors a mile apart along one line of the grid, and a district known only as a whole. */
    private static final Map<String, GridReference> GRID = Map.of(
            "AB12", new GridReference(400_000, 300_000),
            "AB13", new GridReference(400_000, 300_000 + 20.0 * 1609.3),
            "AB14", new GridReference(400_000, 300_000 + 20.06 * 1609.3),
            "AB15", new GridReference(400_000, 300_000 + 20.04 * 1609.3),
            "CD1*", new GridReference(400_000, 400_000));
    private static final PostcodeDirectory DIRECTORY = postcode -> Optional.ofNullable(
            GRID.getOrDefault(postcode.sector(), GRID.get(postcode.district() + "*")));

    private final DistanceFromHome distance = new DistanceFromHome(DIRECTORY);

    @Test
    void a_postcode_is_kept_to_its_sector_however_it_is_written() {
        assertThat(Postcode.parse("ab1 2cd")).contains(new Postcode("AB12"));
        assertThat(Postcode.parse("AB1  2")).contains(new Postcode("AB12"));
        assertThat(Postcode.parse("SW1A1AA")).contains(new Postcode("SW1A1"));
        assertThat(Postcode.parse("SW1A 1AA").orElseThrow().district()).isEqualTo("SW1A");
        assertThat(Postcode.parse("EC1R 4")).map(Postcode::toString).contains("EC1R 4");
        assertThat(Postcode.parse("")).isEmpty();
        assertThat(Postcode.parse("not a postcode")).isEmpty();
        assertThat(Postcode.parse("12345")).isEmpty();
    }

    @Test
    void over_20_miles_is_more_than_20_0_miles_to_one_decimal_place() {
        assertThat(distance.over20Miles("AB1 2", "AB1 2")).as("the same sector").isFalse();
        assertThat(distance.over20Miles("AB1 2XY", "AB1 3ZZ")).as("exactly 20 miles: 20 miles or less").isFalse();
        assertThat(distance.over20Miles("AB1 2", "AB1 5")).as("20.04 miles is 20.0").isFalse();
        assertThat(distance.over20Miles("AB1 4", "AB1 2")).as("20.06 miles is 20.1").isTrue();
        assertThat(distance.over20Miles("AB1 2", "CD1 9")).as("a sector not listed, by its district").isTrue();
    }

    @Test
    void a_blank_unreadable_or_unlisted_postcode_leaves_the_distance_not_known() {
        assertThat(distance.over20Miles("", "AB1 2")).as("a UASC child's blank home postcode").isNull();
        assertThat(distance.over20Miles("AB1 2", "ZZ9 9")).isNull();
        assertThat(distance.over20Miles("AB1 2", "?")).isNull();
        assertThat(new DistanceFromHome(PostcodeDirectory.NONE).over20Miles("AB1 2", "AB1 3"))
                .as("no directory at all").isNull();
    }
}
