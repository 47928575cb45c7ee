package org.openiro.persistence.quality;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.quality.Answers;
import org.openiro.quality.QaForm;
import org.openiro.quality.port.out.QaFormRepository;
import org.openiro.shared.StaleVersion;

/** QA forms and their answers, one row an answer so the report can count them. */
@Singleton
class JdbcQaForms implements QaFormRepository {

    private final QualityStatements sql;

    JdbcQaForms(QualityStatements sql) {
        this.sql = sql;
    }

    @Override
    public Optional<QaForm> find(AuthorityCode authority, ChildId child, String reviewId) {
        Map<String, String> answers = new LinkedHashMap<>();
        sql.list("SELECT question_id, answer FROM qa_answer WHERE review_id = ? ORDER BY question_id", rs -> {
            answers.put(rs.getString(1), rs.getString(2));
            return null;
        }, reviewId);
        return sql.list("SELECT * FROM qa_form WHERE review_id = ? AND authority = ? AND child_id = ?",
                rs -> new QaForm(rs.getString("review_id"), authority, child, rs.getInt("template_version"),
                        new Answers(answers), rs.getString("notes"), QualityStatements.date(rs, "completed_on"),
                        rs.getString("completed_by"), rs.getString("social_worker_id"), rs.getString("team"),
                        rs.getLong("version")), reviewId, authority.value(), child.value())
                .stream().findFirst();
    }

    @Override
    public void insert(QaForm form) {
        sql.update("INSERT INTO qa_form (review_id, authority, child_id, template_version, notes, completed_on,"
                + " completed_by, social_worker_id, team, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                form.reviewId(), form.authority().value(), form.childId().value(), form.templateVersion(),
                form.notes(), form.completedOn(), form.completedBy(), form.socialWorkerId(), form.team(),
                form.version());
        insertAnswers(form);
    }

    @Override
    public QaForm update(QaForm form) {
        int changed = sql.update("UPDATE qa_form SET notes = ?, completed_on = ?, version = ? WHERE review_id = ?"
                + " AND authority = ? AND version = ?", form.notes(), form.completedOn(), form.version() + 1,
                form.reviewId(), form.authority().value(), form.version());
        if (changed == 0) {
            throw new StaleVersion("the QA form of review " + form.reviewId());
        }
        sql.update("DELETE FROM qa_answer WHERE review_id = ?", form.reviewId());
        insertAnswers(form);
        return find(form.authority(), form.childId(), form.reviewId()).orElseThrow();
    }

    private void insertAnswers(QaForm form) {
        List<Object[]> rows = new ArrayList<>();
        form.answers().byQuestion().forEach((question, answer) -> rows.add(new Object[] {form.reviewId(), question,
            answer}));
        sql.batch("INSERT INTO qa_answer (review_id, question_id, answer) VALUES (?, ?, ?)", rows);
    }
}
