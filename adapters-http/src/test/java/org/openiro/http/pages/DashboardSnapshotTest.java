package org.openiro.http.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardSnapshotTest {

    private static final Instant COUNTED = Instant.parse("2026-12-07T10:42:05Z");
    private final DashboardPages.Snapshot snapshot = new DashboardPages.Snapshot(COUNTED,
            LocalDate.of(2026, 12, 7), Map.of());

    @Test
    void the_figures_a_manager_sees_are_at_most_thirty_seconds_old_and_of_today() {
        assertThat(snapshot.freshAt(COUNTED.plusSeconds(29), LocalDate.of(2026, 12, 7))).isTrue();
        assertThat(snapshot.freshAt(COUNTED.plusSeconds(30), LocalDate.of(2026, 12, 7))).as("counted again").isFalse();
        assertThat(snapshot.freshAt(COUNTED.plusSeconds(5), LocalDate.of(2026, 12, 8)))
                .as("a new day's overdue reviews are counted on it").isFalse();
    }

    @Test
    void times_are_written_as_gov_uk_writes_them() {
        assertThat(Dates.time(LocalTime.of(10, 42))).isEqualTo("10:42am");
        assertThat(Dates.time(LocalTime.of(0, 5))).isEqualTo("12:05am");
        assertThat(Dates.time(LocalTime.of(12, 0))).isEqualTo("12:00pm");
        assertThat(Dates.time(LocalTime.of(14, 30))).isEqualTo("2:30pm");
    }
}
