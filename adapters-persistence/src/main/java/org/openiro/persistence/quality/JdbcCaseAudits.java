package org.openiro.persistence.quality;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatus;
import org.openiro.quality.Answers;
import org.openiro.quality.AuditKind;
import org.openiro.quality.AuditSummary;
import org.openiro.quality.AuditedChild;
import org.openiro.quality.CaseAudit;
import org.openiro.quality.Cohort;
import org.openiro.quality.Findings;
import org.openiro.quality.FootprintCheck;
import org.openiro.quality.Question;
import org.openiro.quality.Scale;
import org.openiro.quality.port.out.CaseAuditRepository;
import org.openiro.shared.Page;

/** Audits as drawn (cohort, sample, checks) and the findings later recorded on each sampled child. */
@Singleton
class JdbcCaseAudits implements CaseAuditRepository {

    private final QualityStatements sql;

    JdbcCaseAudits(QualityStatements sql) {
        this.sql = sql;
    }

    @Override
    public void insert(CaseAudit a) {
        Cohort c = a.cohort();
        sql.update("INSERT INTO case_audit (id, authority, kind, title, cohort_on, legal_statuses, placement_types,"
                + " age_from, age_to, disability, uasc, iro_id, looked_after, cohort_size, sample_size, seed,"
                + " auditors, drawn_on, drawn_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(), a.authority().value(), a.kind().id(), a.title(), a.on(),
                joined(c.legalStatuses().stream().map(LegalStatus::name).toList()), joined(c.placementTypes()),
                c.ageFrom(), c.ageTo(), c.disability(), c.uasc(), c.iroId(), c.lookedAfter(), a.cohortSize(),
                a.sampleSize(), a.seed(), String.join(",", a.auditors()), a.drawnOn(), a.drawnBy());
        List<Object[]> questions = new ArrayList<>();
        for (int i = 0; i < a.questions().size(); i++) {
            Question q = a.questions().get(i);
            questions.add(new Object[] {a.id(), i, q.id(), q.label(), q.scale().id()});
        }
        sql.batch("INSERT INTO case_audit_question (audit_id, position, question_id, label, scale)"
                + " VALUES (?, ?, ?, ?, ?)", questions);
        List<Object[]> children = new ArrayList<>();
        for (int i = 0; i < a.children().size(); i++) {
            AuditedChild child = a.children().get(i);
            children.add(new Object[] {a.id(), i, a.authority().value(), child.childId().value(), child.iroId(),
                child.auditor(), child.checks().isEmpty() ? null : child.checks().entrySet().stream()
                        .map(e -> e.getKey().id() + ":" + e.getValue().id()).collect(Collectors.joining(","))});
        }
        sql.batch("INSERT INTO case_audit_child (audit_id, position, authority, child_id, iro_id, auditor, checks)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", children);
    }

    @Override
    public Optional<CaseAudit> find(AuthorityCode authority, String auditId) {
        List<Question> questions = sql.list("SELECT question_id, label, scale FROM case_audit_question"
                + " WHERE audit_id = ? ORDER BY position", rs -> new Question(rs.getString(1), rs.getString(2),
                Scale.of("scale", rs.getString(3)), false), auditId);
        Map<String, Map<String, String>> answers = new HashMap<>();
        sql.list("SELECT child_id, question_id, answer FROM case_audit_answer WHERE audit_id = ?"
                + " ORDER BY child_id, question_id", rs -> answers.computeIfAbsent(rs.getString(1),
                k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3)), auditId);
        List<AuditedChild> children = sql.list("SELECT child_id, iro_id, auditor, checks, notes, recorded_on,"
                + " recorded_by FROM case_audit_child WHERE audit_id = ? AND authority = ? ORDER BY position", rs -> {
                    String childId = rs.getString(1);
                    Findings findings = rs.getDate(6) == null ? null : new Findings(
                            new Answers(answers.getOrDefault(childId, Map.of())), rs.getString(5),
                            QualityStatements.date(rs, "recorded_on"), rs.getString(7));
                    return new AuditedChild(ChildId.of(childId), rs.getString(2), rs.getString(3),
                            checks(rs.getString(4)), findings);
                }, auditId, authority.value());
        return sql.list("SELECT * FROM case_audit WHERE id = ? AND authority = ?", rs -> new CaseAudit(
                rs.getString("id"), authority, AuditKind.of("kind", rs.getString("kind")), rs.getString("title"),
                QualityStatements.date(rs, "cohort_on"), new Cohort(
                        split(rs.getString("legal_statuses")).stream().map(LegalStatus::valueOf).toList(),
                        split(rs.getString("placement_types")), (Integer) rs.getObject("age_from"),
                        (Integer) rs.getObject("age_to"), (Boolean) rs.getObject("disability"),
                        (Boolean) rs.getObject("uasc"), rs.getString("iro_id"), rs.getBoolean("looked_after")),
                rs.getInt("cohort_size"), rs.getInt("sample_size"), rs.getLong("seed"), questions,
                split(rs.getString("auditors")), children, QualityStatements.date(rs, "drawn_on"),
                rs.getString("drawn_by")), auditId, authority.value()).stream().findFirst();
    }

    @Override
    public Page<AuditSummary> list(AuthorityCode authority, String auditor, Page.Request page) {
        String mine = auditor == null ? "" : " AND EXISTS (SELECT 1 FROM case_audit_child m WHERE m.audit_id = a.id"
                + " AND m.auditor = ?)";
        Object[] filter = auditor == null ? new Object[] {authority.value()} : new Object[] {authority.value(), auditor};
        long total = sql.list("SELECT count(*) FROM case_audit a WHERE a.authority = ?" + mine,
                rs -> rs.getLong(1), filter).get(0);
        List<Object> parameters = new ArrayList<>(Arrays.asList(filter));
        parameters.add(page.size());
        parameters.add(page.offset());
        List<AuditSummary> items = sql.list("""
                SELECT a.id, a.kind, a.title, a.cohort_on, a.cohort_size, a.drawn_on,
                  (SELECT count(*) FROM case_audit_child c WHERE c.audit_id = a.id) AS sampled,
                  (SELECT count(*) FROM case_audit_child c WHERE c.audit_id = a.id AND c.recorded_on IS NOT NULL)
                    AS done
                FROM case_audit a WHERE a.authority = ?""" + mine
                + " ORDER BY a.drawn_on DESC, a.cohort_on DESC, a.id LIMIT ? OFFSET ?",
                rs -> new AuditSummary(rs.getString("id"), AuditKind.of("kind", rs.getString("kind")),
                        rs.getString("title"), QualityStatements.date(rs, "cohort_on"), rs.getInt("cohort_size"),
                        rs.getInt("sampled"), rs.getInt("done"), QualityStatements.date(rs, "drawn_on")),
                parameters.toArray());
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public boolean recordFindings(AuthorityCode authority, String auditId, ChildId child, Findings findings) {
        int recorded = sql.update("UPDATE case_audit_child SET notes = ?, recorded_on = ?, recorded_by = ?"
                + " WHERE audit_id = ? AND authority = ? AND child_id = ? AND recorded_on IS NULL", findings.notes(),
                findings.recordedOn(), findings.recordedBy(), auditId, authority.value(), child.value());
        if (recorded == 0) {
            return false;
        }
        List<Object[]> rows = new ArrayList<>();
        findings.answers().byQuestion().forEach((question, answer) -> rows.add(new Object[] {auditId, child.value(),
            question, answer}));
        sql.batch("INSERT INTO case_audit_answer (audit_id, child_id, question_id, answer) VALUES (?, ?, ?, ?)", rows);
        return true;
    }

    private static Map<FootprintCheck, FootprintCheck.Result> checks(String stored) {
        Map<FootprintCheck, FootprintCheck.Result> checks = new EnumMap<>(FootprintCheck.class);
        for (String entry : split(stored)) {
            String[] parts = entry.split(":");
            checks.put(FootprintCheck.ofId(parts[0]), FootprintCheck.Result.ofId(parts[1]));
        }
        return checks;
    }

    private static String joined(List<String> codes) {
        return codes.isEmpty() ? null : String.join(",", codes);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
