package org.openiro.persistence.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiro.children.Child;
import org.openiro.children.LegalStatus;
import org.openiro.children.PeriodOfCare;

/** Rows become the child the domain saved: periods in order, each with its own statuses and placements. */
class ChildRowMappingTest {

    @Test
    void rows_map_to_a_child_with_each_period_holding_its_own_history() {
        ChildRow child = new ChildRow(7L, "kent", "C1", null, LocalDate.of(2012, 5, 1), "female", "MWBC", true, false);
        List<PeriodOfCareRow> periods = List.of(
                new PeriodOfCareRow(2L, "kent", "C1", LocalDate.of(2024, 1, 5), null, null, true),
                new PeriodOfCareRow(1L, "kent", "C1", LocalDate.of(2020, 3, 2), LocalDate.of(2021, 6, 1), "E4A", false));
        List<LegalStatusRow> statuses = List.of(
                new LegalStatusRow(10L, "kent", "C1", 1L, LocalDate.of(2020, 3, 2), "V2", false),
                new LegalStatusRow(11L, "kent", "C1", 1L, LocalDate.of(2020, 9, 1), "C2", false),
                new LegalStatusRow(12L, "kent", "C1", 2L, LocalDate.of(2024, 1, 5), "C1", false));
        List<PlacementRow> placements = List.of(
                new PlacementRow(20L, "kent", "C1", 2L, LocalDate.of(2024, 1, 5), "U6", null, true),
                new PlacementRow(21L, "kent", "C1", 1L, LocalDate.of(2020, 3, 2), "U4", true, false));

        SocialWorkerRow socialWorker = new SocialWorkerRow(3L, "kent", "C1", "sw-7", "Sam Worker", "sam@kent.example",
                "Children in Care 2", "tm-1", "Tia Manager", "tia@kent.example");

        Child mapped = JdbcChildRepository.toChild(child, periods, statuses, placements, socialWorker);

        assertThat(mapped.demographics().ethnicity().name()).isEqualTo("MWBC");
        assertThat(mapped.demographics().uasc()).isTrue();
        assertThat(mapped.periods()).extracting(PeriodOfCare::start)
                .containsExactly(LocalDate.of(2020, 3, 2), LocalDate.of(2024, 1, 5));
        PeriodOfCare first = mapped.periods().get(0);
        assertThat(first.end()).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(first.endReason().code()).isEqualTo("E4A");
        assertThat(first.startKnown()).isFalse();
        assertThat(first.legalStatusOn(LocalDate.of(2020, 10, 1))).contains(LegalStatus.C2);
        assertThat(first.placements()).singleElement().satisfies(p -> {
            assertThat(p.type().code()).isEqualTo("U4");
            assertThat(p.over20Miles()).isTrue();
        });
        assertThat(mapped.socialWorker()).hasValueSatisfying(sw -> {
            assertThat(sw.id()).isEqualTo("sw-7");
            assertThat(sw.teamManager().email()).isEqualTo("tia@kent.example");
        });
        assertThat(mapped.currentPeriod()).hasValueSatisfying(p -> {
            assertThat(p.legalStatuses()).hasSize(1);
            assertThat(p.placements().get(0).over20Miles()).as("not known stays not known").isNull();
        });
    }
}
