package org.openiro.persistence.quality;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openiro.authority.AuthorityCode;
import org.openiro.quality.QaTemplate;
import org.openiro.quality.Question;
import org.openiro.quality.Scale;
import org.openiro.quality.port.out.QaTemplateRepository;

/** Every version of each authority's QA form, a row a question. */
@Singleton
class JdbcQaTemplates implements QaTemplateRepository {

    private record Stored(int version, Question question) {
    }

    private final QualityStatements sql;

    JdbcQaTemplates(QualityStatements sql) {
        this.sql = sql;
    }

    @Override
    public Optional<QaTemplate> latest(AuthorityCode authority) {
        List<Integer> newest = sql.list("SELECT MAX(version) FROM qa_template WHERE authority = ?",
                rs -> (Integer) rs.getObject(1), authority.value());
        return newest.isEmpty() || newest.get(0) == null ? Optional.empty() : version(authority, newest.get(0));
    }

    @Override
    public Optional<QaTemplate> version(AuthorityCode authority, int version) {
        List<QaTemplate> found = read(" AND version = ?", authority.value(), version);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<QaTemplate> all(AuthorityCode authority) {
        return read("", authority.value());
    }

    private List<QaTemplate> read(String where, Object... parameters) {
        Map<Integer, List<Question>> versions = new TreeMap<>();
        sql.list("SELECT version, question_id, label, scale, opens_alert FROM qa_question WHERE authority = ?" + where
                + " ORDER BY version, position", rs -> new Stored(rs.getInt(1), new Question(rs.getString(2),
                rs.getString(3), Scale.of("scale", rs.getString(4)), rs.getBoolean(5))), parameters)
                .forEach(s -> versions.computeIfAbsent(s.version(), v -> new ArrayList<>()).add(s.question()));
        return versions.entrySet().stream().map(e -> new QaTemplate(e.getKey(), e.getValue())).toList();
    }

    @Override
    public boolean insert(AuthorityCode authority, QaTemplate template, LocalDate changedOn) {
        int inserted = sql.update("INSERT INTO qa_template (authority, version, changed_on) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", authority.value(), template.version(), changedOn);
        if (inserted == 0) {
            return false;
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < template.questions().size(); i++) {
            Question q = template.questions().get(i);
            rows.add(new Object[] {authority.value(), template.version(), i, q.id(), q.label(), q.scale().id(),
                q.opensAlert()});
        }
        sql.batch("INSERT INTO qa_question (authority, version, position, question_id, label, scale, opens_alert)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        return true;
    }
}
