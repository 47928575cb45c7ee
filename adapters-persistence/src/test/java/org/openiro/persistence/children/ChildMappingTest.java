package org.openiro.persistence.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.authority.AuthorityCode;
import org.openiro.calendar.SupportedDates;
import org.openiro.children.Child;
import org.openiro.children.EndReason;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.children.SocialWorker;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.persistence.Database;

/**
 * A child written through the repository and read back, on H2 and PostgreSQL, is the child written: the child's
 * row (ChildRow), their periods of care, legal statuses, placements and social worker, read both ways the adapter
 * reads them (the rows one table at a time, and the locking read's one statement), with every field at its widest
 * or its null and the dates at the supported calendar's ends.
 */
class ChildMappingTest {

    private static final LocalDate FIRST = SupportedDates.FIRST;
    private static final LocalDate LAST = SupportedDates.LAST;

    @ParameterizedTest
    @EnumSource(Database.class)
    void a_child_at_every_columns_limit_reads_back_equal(Database db) {
        String authority = Database.fresh("map");
        db.authority(authority);
        SocialWorker worker = new SocialWorker(db.longest("child_social_worker", "social_worker_id").replaceAll("[^A-Za-z]", "x"),
                db.longest("child_social_worker", "name"), Database.email(254),
                db.longest("child_social_worker", "team"),
                new SocialWorker.Person("tm-" + "9".repeat(33), db.longest("child_social_worker", "team_manager_name"),
                        Database.email(254)));
        PeriodOfCare ended = new PeriodOfCare(FIRST, LAST.minusDays(1), EndReason.of("reason", "E13"), false,
                List.of(new LegalStatusSpell(FIRST, LegalStatus.of("status", "V2")),
                        new LegalStatusSpell(FIRST.plusDays(1), LegalStatus.of("status", "C2"))),
                List.of(new Placement(FIRST, PlacementType.of("type", "U4", FIRST), true, false),
                        new Placement(FIRST.plusDays(2), PlacementType.of("type", "U6", FIRST.plusDays(2)), null, null)));
        PeriodOfCare open = new PeriodOfCare(LAST, null, null, true,
                List.of(new LegalStatusSpell(LAST, LegalStatus.of("status", "C1"))),
                List.of(new Placement(LAST, PlacementType.of("type", "U1", LAST), false, true)));
        Child child = new Child(AuthorityCode.of(authority), org.openiro.children.ChildId.of("C".repeat(36)),
                new Child.Demographics(db.longest("child", "name"), SupportedDates.FIRST_BIRTH, Gender.of("gender", "other"),
                        Ethnicity.of("ethnicity", "MWBC"), true, true),
                List.of(open, ended), worker);

        assertReadBackEqual(db, child);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void a_child_with_every_optional_field_null_reads_back_equal(Database db) {
        String authority = Database.fresh("map");
        db.authority(authority);
        Child child = new Child(AuthorityCode.of(authority), org.openiro.children.ChildId.of("c"),
                new Child.Demographics(null, LAST, Gender.of("gender", "not-recorded"), Ethnicity.of("ethnicity", "WBRI"),
                        false, false),
                List.of(new PeriodOfCare(LAST, null, null, true, List.of(), List.of())), null);

        assertReadBackEqual(db, child);
    }

    private static void assertReadBackEqual(Database db, Child child) {
        ChildRepository children = db.bean(ChildRepository.class);
        db.inTransaction(() -> children.save(child));

        Child found = db.inTransaction(() -> children.find(child.authority(), child.id()).orElseThrow());
        Child locked = db.inTransaction(() -> children.findForChange(child.authority(), child.id()).orElseThrow());
        for (Child read : List.of(found, locked)) {
            assertThat(read.authority()).isEqualTo(child.authority());
            assertThat(read.id()).isEqualTo(child.id());
            assertThat(read.demographics()).isEqualTo(child.demographics());
            assertThat(read.periods()).isEqualTo(child.periods());
            assertThat(read.socialWorker()).isEqualTo(child.socialWorker());
        }
    }
}
