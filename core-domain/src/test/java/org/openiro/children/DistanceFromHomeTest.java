package org.openiro.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openiro.children.port.out.PostcodeDirectory;

/** A placement's distance from home, between the return's two postcodes, as the DfE measures it. */
class DistanceFromHomeTest {

    private static final double MILE = 1609.3;

    /** Postcodes along one line of the grid, so many miles north of AB1 2CD; EH1 1AA is in Scotland. */
    private static final PostcodeIndex GRID = PostcodeIndex.builder()
            .add(code("AB1 2CD"), new GridReference(400_000, 300_000), true)
            .add(code("AB1 2EF"), new GridReference(400_000, 300_000 + 4 * MILE), true)
            .add(code("AB1 3CD"), new GridReference(400_000, 300_000 + 20.0 * MILE), true)
            .add(code("AB1 4CD"), new GridReference(400_000, 300_000 + 20.06 * MILE), true)
            .add(code("AB1 5CD"), new GridReference(400_000, 300_000 + 20.04 * MILE), true)
            .add(code("EH1 1AA"), new GridReference(400_000, 300_000 + 300 * MILE), false)
            .add(code("BT1 1AA"), new GridReference(400_000, 300_000), null)
            .build();

    private final DistanceFromHome distance = new DistanceFromHome(GRID);

    private static Postcode code(String text) {
        return Postcode.parse(text).orElseThrow();
    }

    @Test
    void a_postcode_is_read_whole_or_as_its_sector_however_it_is_written() {
        assertThat(Postcode.parse("ab1 2cd")).contains(new Postcode("AB1", "2CD"));
        assertThat(Postcode.parse("AB12CD")).as("without its space").contains(new Postcode("AB1", "2CD"));
        assertThat(Postcode.parse("CT1  2AA")).as("the ONSPD's padded pcd").contains(new Postcode("CT1", "2AA"));
        assertThat(Postcode.parse("SW1A 1AA").orElseThrow().sector()).isEqualTo(new Postcode("SW1A", "1"));
        assertThat(Postcode.parse("AB12 3")).contains(new Postcode("AB12", "3"));
        assertThat(Postcode.parse("AB123")).as("a sector without its space").contains(new Postcode("AB12", "3"));
        assertThat(Postcode.parse("EC1R 4").orElseThrow().isSector()).isTrue();
        assertThat(Postcode.parse("")).isEmpty();
        assertThat(Postcode.parse("not a postcode")).isEmpty();
        assertThat(Postcode.parse("12345")).isEmpty();
        assertThat(Postcode.parse("SE15")).as("a district alone, not the sector SE1 5").isEmpty();
        assertThat(Postcode.parse("AB12")).isEmpty();
        assertThatThrownBy(() -> new Postcode("", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void over_20_miles_is_more_than_20_0_miles_to_one_decimal_place() {
        assertThat(distance.over20Miles("AB1 2CD", "AB1 2EF")).as("4 miles").isFalse();
        assertThat(distance.over20Miles("AB1 2CD", "AB1 3CD")).as("exactly 20 miles: 20 miles or less").isFalse();
        assertThat(distance.over20Miles("AB1 2CD", "AB1 5CD")).as("20.04 miles is 20.0").isFalse();
        assertThat(distance.over20Miles("AB1 4CD", "AB1 2CD")).as("20.06 miles is 20.1").isTrue();
    }

    @Test
    void a_sector_or_a_postcode_newer_than_the_directory_lies_in_the_middle_of_the_sectors_postcodes() {
        assertThat(distance.over20Miles("AB1 2", "AB1 3CD")).as("AB1 2 lies 2 miles north of AB1 2CD: 18 miles")
                .isFalse();
        assertThat(distance.over20Miles("AB1 2ZZ", "AB1 4CD")).as("a new postcode in AB1 2: 18.1 miles").isFalse();
        assertThat(GRID.locate(code("AB1 2")).orElseThrow().point())
                .isEqualTo(new GridReference(400_000, 300_000 + 2 * MILE));
    }

    @Test
    void a_blank_unknown_or_foreign_postcode_leaves_the_distance_not_known() {
        assertThat(distance.over20Miles("", "AB1 2CD")).as("a UASC child's blank home postcode").isNull();
        assertThat(distance.over20Miles("AB1 2CD", "ZZ9 9ZZ")).as("neither the postcode nor its sector listed")
                .isNull();
        assertThat(distance.over20Miles("AB1 2CD", "?")).isNull();
        assertThat(distance.over20Miles("EH1 1AA", "AB1 2CD")).as("a home outside England: the DfE's 999.9").isNull();
        assertThat(distance.over20Miles("AB1 2CD", "EH1 1AA")).as("a placement in Scotland is measured").isTrue();
        assertThat(distance.over20Miles("BT1 1AA", "AB1 2CD")).as("Northern Ireland is on another grid").isNull();
        assertThat(new DistanceFromHome(PostcodeDirectory.NONE).over20Miles("AB1 2CD", "AB1 3CD"))
                .as("no directory at all").isNull();
    }

    @Test
    void a_postcode_listed_twice_keeps_its_first_place_and_the_index_holds_each_once() {
        PostcodeIndex twice = PostcodeIndex.builder()
                .add(code("ME14 1AA"), new GridReference(1, 2), true)
                .add(code("ME14 1AA"), new GridReference(3, 4), true)
                .add(code("A1 1AA"), new GridReference(5, 6), null)
                .build();

        assertThat(twice.size()).isEqualTo(2);
        assertThat(twice.locate(code("ME141AA"))).map(PostcodeLocation::point).contains(new GridReference(1, 2));
        assertThat(twice.locate(code("A1 1AA"))).contains(new PostcodeLocation(new GridReference(5, 6), null));
    }
}
