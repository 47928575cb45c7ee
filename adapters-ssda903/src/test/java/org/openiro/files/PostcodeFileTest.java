package org.openiro.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openiro.children.GridReference;
import org.openiro.children.Postcode;
import org.openiro.children.PostcodeLocation;

/** The ONS Postcode Directory read from the authority's file, as the ONS publishes it or as a plain list. */
class PostcodeFileTest {

    private final PostcodeFile onspd = new PostcodeFile(Path.of("src/test/resources/postcodes/postcodes.csv"));

    private static Postcode code(String text) {
        return Postcode.parse(text).orElseThrow();
    }

    @Test
    void a_postcode_lies_where_the_directory_places_it_and_in_the_country_it_names() {
        assertThat(onspd.locate(code("me14 1ab")))
                .contains(new PostcodeLocation(new GridReference(576_100, 156_400), true));
        assertThat(onspd.locate(code("CT1 2AA"))).map(PostcodeLocation::point)
                .as("pcds read, the padded pcd2 aside").contains(new GridReference(615_000, 157_800));
        assertThat(onspd.locate(code("CF10 1AA"))).map(PostcodeLocation::inEngland).contains(false);
        assertThat(onspd.locate(code("TN1 1AA"))).as("no country given: not known, not outside England")
                .contains(new PostcodeLocation(new GridReference(558_500, 139_500), null));
    }

    @Test
    void a_caller_stopped_while_the_directory_is_read_does_not_stop_its_reading() {
        Thread.currentThread().interrupt();
        try {
            assertThat(onspd.locate(code("ME14 1AA"))).as("read to the end on a thread of its own").isPresent();
        } finally {
            assertThat(Thread.interrupted()).as("the caller's interruption is left to it").isTrue();
        }
    }

    @Test
    void a_sector_lies_in_the_middle_of_its_located_postcodes() {
        assertThat(onspd.locate(code("ME14 1"))).map(PostcodeLocation::point)
                .contains(new GridReference(576_000, 156_300));
        assertThat(onspd.locate(code("ME14 9XX"))).as("unlocated in the directory (OSGRDIND 9), and so its sector")
                .isEmpty();
    }

    @Test
    void a_plain_file_of_sectors_without_a_country_is_read_too(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("sectors.csv"), "Postcode,Easting,Northing\nAB1 2,100,200\n");

        assertThat(new PostcodeFile(file).locate(code("AB1 2XY")))
                .contains(new PostcodeLocation(new GridReference(100, 200), null));
    }

    @Test
    void a_missing_file_or_one_without_coordinates_is_said_when_the_directory_is_made(@TempDir Path dir)
            throws IOException {
        assertThatThrownBy(() -> new PostcodeFile(dir.resolve("none.csv"))).hasMessageContaining("cannot read");
        Path file = Files.writeString(dir.resolve("bad.csv"), "Postcode,Latitude,Longitude\nAB1 2,51.1,0.5\n");
        assertThatThrownBy(() -> new PostcodeFile(file)).hasMessageContaining("OSEAST1M, EASTING");
    }
}
