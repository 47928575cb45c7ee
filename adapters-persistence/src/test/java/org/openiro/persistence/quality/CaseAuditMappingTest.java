package org.openiro.persistence.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.authority.AuthorityCode;
import org.openiro.calendar.SupportedDates;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatus;
import org.openiro.persistence.Database;
import org.openiro.quality.Answers;
import org.openiro.quality.AuditKind;
import org.openiro.quality.AuditedChild;
import org.openiro.quality.CaseAudit;
import org.openiro.quality.Cohort;
import org.openiro.quality.Findings;
import org.openiro.quality.FootprintCheck;
import org.openiro.quality.Question;
import org.openiro.quality.Scale;
import org.openiro.quality.port.out.CaseAuditRepository;

/**
 * A case audit as drawn, and its findings once recorded, written and read back on H2 and PostgreSQL, are as written:
 * a cohort filtered every way and one filtered no way, the questions, the auditors in order, each sampled child with
 * every footprint check and none, texts at their columns' length, dates at the supported calendar's ends.
 */
class CaseAuditMappingTest {

    private static final LocalDate FIRST = SupportedDates.FIRST;
    private static final LocalDate LAST = SupportedDates.LAST;

    @ParameterizedTest
    @EnumSource(Database.class)
    void an_audit_and_its_findings_read_back_equal(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        ChildId first = ChildId.of("c".repeat(36));
        ChildId second = ChildId.of("d");
        db.child(authority.value(), first.value());
        db.child(authority.value(), second.value());
        CaseAuditRepository audits = db.bean(CaseAuditRepository.class);
        Map<FootprintCheck, FootprintCheck.Result> checks = new EnumMap<>(FootprintCheck.class);
        FootprintCheck.Result[] results = FootprintCheck.Result.values();
        for (FootprintCheck check : FootprintCheck.values()) {
            checks.put(check, results[check.ordinal() % results.length]);
        }
        List<Question> questions = List.of(
                new Question("q".repeat(36), db.longest("case_audit_question", "label"), Scale.RATING, false),
                new Question("q2", "Q2", Scale.YES_NO, false));
        CaseAudit audit = new CaseAudit(Database.fresh("a").repeat(4).substring(0, 36), authority, AuditKind.FOOTPRINT,
                db.longest("case_audit", "title"), LAST,
                new Cohort(List.of(LegalStatus.of("s", "C1"), LegalStatus.of("s", "C2"), LegalStatus.of("s", "V2")),
                        List.of("U1", "U4", "K2"), 0, Cohort.MAX_AGE, true, false, "i".repeat(36), true),
                Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, questions,
                List.of("z-" + "a".repeat(34), "a", "m"),
                List.of(new AuditedChild(first, "i".repeat(36), "z-" + "a".repeat(34), checks, null),
                        new AuditedChild(second, null, "a", Map.of(), null)),
                FIRST, db.longest("case_audit", "drawn_by"));
        CaseAudit unfiltered = new CaseAudit(Database.fresh("b"), authority, AuditKind.DIP_SAMPLE, "t", FIRST,
                new Cohort(List.of(), List.of(), null, null, null, null, null, false), 0, 0, 0L, questions,
                List.of("a"), List.of(new AuditedChild(second, null, "a", Map.of(), null)), LAST, "u");

        db.inTransaction(() -> {
            audits.insert(audit);
            audits.insert(unfiltered);
        });
        assertThat(db.inTransaction(() -> audits.find(authority, audit.id()))).contains(audit);
        assertThat(db.inTransaction(() -> audits.find(authority, unfiltered.id()))).contains(unfiltered);

        Findings findings = new Findings(new Answers(Map.of("q".repeat(36), "4", "q2", "not-applicable")),
                Database.text(20_000), LAST, db.longest("case_audit_child", "recorded_by"));
        Findings bare = new Findings(new Answers(Map.of()), null, FIRST, "u");
        assertThat(db.inTransaction(() -> audits.recordFindings(authority, audit.id(), first, findings))).isTrue();
        assertThat(db.inTransaction(() -> audits.recordFindings(authority, audit.id(), second, bare))).isTrue();

        CaseAudit recorded = new CaseAudit(audit.id(), authority, audit.kind(), audit.title(), audit.on(),
                audit.cohort(), audit.cohortSize(), audit.sampleSize(), audit.seed(), audit.questions(),
                audit.auditors(), List.of(audit.children().get(0).withFindings(findings),
                        audit.children().get(1).withFindings(bare)), audit.drawnOn(), audit.drawnBy());
        assertThat(db.inTransaction(() -> audits.find(authority, audit.id()))).contains(recorded);
    }
}
