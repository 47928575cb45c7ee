package org.openiro.persistence.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.authority.AuthorityCode;
import org.openiro.calendar.SupportedDates;
import org.openiro.children.ChildId;
import org.openiro.persistence.Database;
import org.openiro.workforce.Iro;
import org.openiro.workforce.IroAllocation;
import org.openiro.workforce.port.out.WorkforceRepository;

/**
 * IROs (IroRow), a child's allocations (AllocationRow) and sibling groups written and read back, on H2 and
 * PostgreSQL, are as written: texts at their columns' length, as many specialisms as the column holds and none, the
 * working time at both ends of what the domain takes, dates at the supported calendar's ends, and the optional
 * fields null.
 */
class WorkforceMappingTest {

    private static final LocalDate FIRST = SupportedDates.FIRST;
    private static final LocalDate LAST = SupportedDates.LAST;

    @ParameterizedTest
    @EnumSource(Database.class)
    void iros_read_back_equal(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        db.authority(authority.value());
        WorkforceRepository workforce = db.bean(WorkforceRepository.class);
        // specialisms holds 400 characters: 40 of nine letters, with their commas, less the last comma.
        Set<String> specialisms = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            specialisms.add(String.format("spec%05d", i));
        }
        Iro widest = new Iro("i".repeat(36), db.longest("iro", "name"), Database.email(254), 1.5, "fixed-term",
                db.longest("iro", "team"), Iro.DUTIES, specialisms, FIRST, LAST);
        Iro bare = new Iro("j", "J", null, 0.01, "agency", null, Set.of("cla"), Set.of(), LAST, null);

        db.inTransaction(() -> {
            assertThat(workforce.save(authority, widest)).isTrue();
            assertThat(workforce.save(authority, bare)).isTrue();
        });

        assertThat(db.inTransaction(() -> workforce.iro(authority, widest.id()))).contains(widest);
        assertThat(db.inTransaction(() -> workforce.iros(authority))).containsExactlyInAnyOrder(widest, bare);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void allocations_and_sibling_groups_read_back_equal(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        ChildId child = ChildId.of("c".repeat(36));
        db.child(authority.value(), child.value());
        WorkforceRepository workforce = db.bean(WorkforceRepository.class);
        List<IroAllocation> history = List.of(
                new IroAllocation("i".repeat(36), FIRST, FIRST.plusDays(1), Database.text(400)),
                new IroAllocation("j", FIRST.plusDays(1), null, null));

        db.inTransaction(() -> {
            workforce.saveAllocations(authority, child, history);
            workforce.saveSiblingGroup(authority, child, "g".repeat(36));
        });

        assertThat(db.inTransaction(() -> workforce.allocations(authority, child))).containsExactlyElementsOf(history);
        assertThat(db.inTransaction(() -> workforce.currentAllocations(authority))).isEqualTo(Map.of(child, "j"));
        assertThat(db.inTransaction(() -> workforce.siblingGroup(authority, child))).contains("g".repeat(36));
    }
}
