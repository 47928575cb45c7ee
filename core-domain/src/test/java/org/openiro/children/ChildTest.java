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
    void a_placement_code_says_the_collection_years_it_is_listed_for() {
        assertThat(new PlacementType("H5").yearsListed()).isEqualTo("until 2024/25");
        assertThat(new PlacementType("K3").yearsListed()).isEqualTo("from 2024/25");
        assertThat(new PlacementType("Z11").yearsListed()).isEqualTo("from 2025/26");
        assertThat(new PlacementType("U4").yearsListed()).isEmpty();
    }

    @Test
    void x1_is_not_a_reason_care_ends() {
        assertThatThrownBy(() -> new EndReason("X1")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("does not end care");
    }

    private PeriodOfCare period(LocalDate start, LocalDate end, String placement) {
        return new PeriodOfCare(start, end, end == null ? null : new EndReason("E4A"), true,
                java.util.List.of(new LegalStatusSpell(start, LegalStatus.C2)),
                java.util.List.of(new Placement(start, new PlacementType(placement), null, null)));
    }

    @Test
    void a_child_from_a_return_looked_after_twice_at_once_is_refused_naming_both_periods() {
        assertThatThrownBy(() -> Child.fromReturn(AuthorityCode.of("test"), ChildId.of("C1"), child.demographics(),
                java.util.List.of(period(LocalDate.of(2023, 1, 1), null, "U4"),
                        period(LocalDate.of(2023, 6, 1), null, "U6"))))
                .isInstanceOf(Conflict.class).hasMessageContaining("C1").hasMessageContaining("2023-01-01")
                .hasMessageContaining("2023-06-01");
        assertThat(Child.fromReturn(AuthorityCode.of("test"), ChildId.of("C1"), child.demographics(),
                java.util.List.of(period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 1), "U4"),
                        period(LocalDate.of(2023, 6, 1), null, "U6"))).periods())
                .as("one ends the day the next begins").hasSize(2);
    }

    @Test
    void a_later_return_takes_over_the_history_and_keeps_what_only_the_service_records() {
        Child recorded = new Child(AuthorityCode.of("test"), ChildId.of("C1"),
                new Child.Demographics("Ann", LocalDate.of(2015, 3, 1), Gender.FEMALE, Ethnicity.WBRI, true, true),
                java.util.List.of(new PeriodOfCare(LocalDate.of(2023, 1, 1), null, null, true,
                        java.util.List.of(new LegalStatusSpell(LocalDate.of(2023, 1, 1), LegalStatus.C2)),
                        java.util.List.of(new Placement(LocalDate.of(2023, 1, 1), new PlacementType("U4"), true,
                                true)))), new SocialWorker("sw-1", "Sam", "sam@example.org", null, null));
        Child fromReturn = Child.fromReturn(AuthorityCode.of("test"), ChildId.of("C1"),
                new Child.Demographics(null, LocalDate.of(2015, 3, 2), Gender.FEMALE, Ethnicity.WIRI, false, false),
                java.util.List.of(period(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), "U4"),
                        period(LocalDate.of(2024, 2, 1), null, "U6")));

        Child.ReturnMerge merged = recorded.mergeReturn(fromReturn);

        assertThat(merged.child().demographics()).isEqualTo(new Child.Demographics("Ann", LocalDate.of(2015, 3, 2),
                Gender.FEMALE, Ethnicity.WIRI, true, true));
        assertThat(merged.child().socialWorker()).isEqualTo(recorded.socialWorker());
        assertThat(merged.child().periods()).extracting(PeriodOfCare::end)
                .containsExactly(LocalDate.of(2024, 1, 1), null);
        assertThat(merged.child().periods().get(0).placements()).singleElement()
                .as("the service's distance and planned move kept where the file cannot say")
                .extracting(Placement::over20Miles, Placement::planned).containsExactly(true, true);
        assertThat(merged.periods()).extracting(c -> c.before() == null).containsExactly(false, true);
        assertThat(merged.placements()).extracting(c -> c.before() == null).containsExactly(false, true);
        Child twice = new Child(AuthorityCode.of("test"), ChildId.of("C1"), child.demographics(), java.util.List.of(
                period(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1), "U4"),
                period(LocalDate.of(2023, 1, 1), null, "U6")), null);
        assertThatThrownBy(() -> twice.mergeReturn(Child.fromReturn(AuthorityCode.of("test"), ChildId.of("C1"),
                child.demographics(), java.util.List.of(period(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 6, 1),
                        "U4"))))).as("the files' first period, ended later, over the second on record")
                .isInstanceOf(Conflict.class).hasMessageContaining("on record");
    }
}
