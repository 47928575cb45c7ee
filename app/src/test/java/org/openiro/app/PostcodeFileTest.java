package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openiro.children.GridReference;
import org.openiro.children.Postcode;

/** The ONS postcode directory read from the authority's file: a point for each sector, and for each district. */
class PostcodeFileTest {

    private final PostcodeFile onspd = new PostcodeFile(Path.of("src/test/resources/ssda903/postcodes.csv"));

    @Test
    void a_sector_lies_in_the_middle_of_its_postcodes() {
        assertThat(onspd.locate(Postcode.parse("ME14 1").orElseThrow()))
                .contains(new GridReference(576_000, 156_300));
        assertThat(onspd.locate(Postcode.parse("ct1 2ab").orElseThrow()))
                .as("a whole postcode is looked up by its sector").contains(new GridReference(615_100, 157_900));
    }

    @Test
    void a_sector_not_listed_lies_in_the_middle_of_its_district_and_an_unknown_district_nowhere() {
        assertThat(onspd.locate(Postcode.parse("ME14 5").orElseThrow()))
                .as("ME14's three located postcodes; the unlocated one is passed over")
                .contains(new GridReference((575_900 + 576_100 + 577_000) / 3.0, (156_200 + 156_400 + 157_000) / 3.0));
        assertThat(onspd.locate(Postcode.parse("ZZ9 9").orElseThrow())).isEmpty();
    }

    @Test
    void a_file_of_sectors_with_plain_column_names_is_read_too(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("sectors.csv"), "Postcode,Easting,Northing\nAB1 2,100,200\n");

        assertThat(new PostcodeFile(file).locate(new Postcode("AB12"))).contains(new GridReference(100, 200));
    }

    @Test
    void a_missing_file_or_one_without_coordinates_is_said_plainly(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> new PostcodeFile(dir.resolve("none.csv"))).hasMessageContaining("cannot read");
        Path file = Files.writeString(dir.resolve("bad.csv"), "Postcode,Latitude,Longitude\nAB1 2,51.1,0.5\n");
        assertThatThrownBy(() -> new PostcodeFile(file).locate(new Postcode("AB12")))
                .hasMessageContaining("OSEAST1M, EASTING");
    }
}
