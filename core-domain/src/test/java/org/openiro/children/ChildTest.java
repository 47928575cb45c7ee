package org.openiro.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;

class ChildTest {

    private final LocalDate today = LocalDate.of(2024, 6, 1);
    private final Child child = Child.register(AuthorityCode.of("test"), ChildId.of("C1"),
            new Child.Demographics(null, LocalDate.of(2015, 3, 1), Gender.FEMALE, Ethnicity.WBRI, false, false),
            today);

    private Placement fostered(LocalDate from) {
        return new Placement(from, new PlacementType("U6"), false, true);
    }

    @Test
    void a_second_period_of_care_cannot_start_while_one_is_open() {
        Child inCare = child.startPeriodOfCare(LocalDate.of(2024, 1, 5), LegalStatus.V2, fostered(LocalDate.of(2024, 1, 5)), today);

        assertThatThrownBy(() -> inCare.startPeriodOfCare(LocalDate.of(2024, 2, 1), LegalStatus.C1,
                fostered(LocalDate.of(2024, 2, 1)), today)).isInstanceOf(Conflict.class)
                .hasMessageContaining("already open, since 2024-01-05");
    }

    @Test
    void care_cannot_start_before_birth_or_in_the_future() {
        assertThatThrownBy(() -> child.startPeriodOfCare(LocalDate.of(2014, 1, 1), LegalStatus.V2,
                fostered(LocalDate.of(2014, 1, 1)), today)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> child.startPeriodOfCare(LocalDate.of(2024, 6, 2), LegalStatus.V2,
                fostered(LocalDate.of(2024, 6, 2)), today)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("future");
    }

    @Test
    void looked_after_from_the_start_date_until_the_day_before_the_end() {
        LocalDate start = LocalDate.of(2024, 1, 5);
        PeriodOfCare period = PeriodOfCare.starting(start, LegalStatus.V2, fostered(start))
                .endingOn(LocalDate.of(2024, 3, 1), new EndReason("E4A"));

        assertThat(period.isLookedAfterOn(start.minusDays(1))).isFalse();
        assertThat(period.isLookedAfterOn(start)).isTrue();
        assertThat(period.isLookedAfterOn(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(period.isLookedAfterOn(LocalDate.of(2024, 3, 1))).isFalse();
    }

    @Test
    void placement_codes_follow_the_collection_year_the_placement_starts_in() {
        assertThat(PlacementType.of("placement.type", "H5", LocalDate.of(2025, 3, 31)).code()).isEqualTo("H5");
        assertThatThrownBy(() -> PlacementType.of("placement.type", "H5", LocalDate.of(2025, 4, 1)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2025/26");
        assertThatThrownBy(() -> PlacementType.of("placement.type", "K3", LocalDate.of(2024, 3, 31)))
                .isInstanceOf(InvalidInput.class);
        assertThat(PlacementType.of("placement.type", "K3", LocalDate.of(2024, 4, 1)).code()).isEqualTo("K3");
        assertThat(PlacementType.of("placement.type", "Z11", LocalDate.of(2025, 4, 1)).code()).isEqualTo("Z11");
    }

    @Test
    void x1_is_not_a_reason_care_ends() {
        assertThatThrownBy(() -> new EndReason("X1")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("does not end care");
    }
}
