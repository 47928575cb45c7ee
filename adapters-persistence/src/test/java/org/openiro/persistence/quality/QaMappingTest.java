package org.openiro.persistence.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.authority.AuthorityCode;
import org.openiro.calendar.SupportedDates;
import org.openiro.children.ChildId;
import org.openiro.persistence.Database;
import org.openiro.quality.Answers;
import org.openiro.quality.QaForm;
import org.openiro.quality.QaTemplate;
import org.openiro.quality.Question;
import org.openiro.quality.Scale;
import org.openiro.quality.port.out.QaFormRepository;
import org.openiro.quality.port.out.QaTemplateRepository;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewFacts;
import org.openiro.reviews.ReviewKind;
import org.openiro.reviews.port.out.ReviewRepository;

/**
 * QA templates (their questions in order) and QA forms (with their answers) written and read back, on H2 and
 * PostgreSQL, are as written: as many questions as a template may have, ids and labels at their columns' length, a
 * form's texts at theirs, its notes at the most the domain takes, and a form with every optional field null.
 */
class QaMappingTest {

    private static final LocalDate FIRST = SupportedDates.FIRST;
    private static final LocalDate LAST = SupportedDates.LAST;

    @ParameterizedTest
    @EnumSource(Database.class)
    void templates_and_forms_read_back_equal(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        ChildId child = ChildId.of("c");
        db.child(authority.value(), child.value());
        QaTemplateRepository templates = db.bean(QaTemplateRepository.class);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < QaTemplate.MAX_QUESTIONS; i++) {
            String id = (i + "-" + "q".repeat(36)).substring(0, 36);
            questions.add(new Question(id, i == 0 ? db.longest("qa_question", "label") : "Q" + i,
                    i % 2 == 0 ? Scale.YES_NO : Scale.RATING, i % 3 == 0));
        }
        QaTemplate first = new QaTemplate(1, questions);
        QaTemplate second = new QaTemplate(Integer.MAX_VALUE, questions.subList(0, 1));
        db.inTransaction(() -> {
            templates.insert(authority, first, FIRST);
            templates.insert(authority, second, LAST);
        });

        assertThat(db.inTransaction(() -> templates.version(authority, 1))).contains(first);
        assertThat(db.inTransaction(() -> templates.latest(authority))).contains(second);
        assertThat(db.inTransaction(() -> templates.all(authority))).containsExactlyInAnyOrder(first, second);

        Map<String, String> given = new LinkedHashMap<>();
        for (Question q : questions) {
            given.put(q.id(), q.scale() == Scale.YES_NO ? "not-applicable" : "4");
        }
        QaForm full = new QaForm(review(db, authority, child, "r-" + authority.value()), authority, child, 1,
                new Answers(given), Database.text(QaForm.MAX_NOTES), LAST, db.longest("qa_form", "completed_by"),
                "s".repeat(36), db.longest("qa_form", "team"), 0);
        QaForm bare = new QaForm(review(db, authority, child, "s-" + authority.value()), authority, child,
                Integer.MAX_VALUE, new Answers(Map.of()), null, FIRST, "u", null, null, 0);
        assertReadBackEqual(db, full);
        assertReadBackEqual(db, bare);
    }

    private static void assertReadBackEqual(Database db, QaForm form) {
        QaFormRepository forms = db.bean(QaFormRepository.class);
        db.inTransaction(() -> forms.insert(form));

        QaForm found = db.inTransaction(() -> forms.find(form.authority(), form.childId(), form.reviewId()))
                .orElseThrow();

        assertThat(found).isEqualTo(form);
        // Answers keep no order of their own: the form's template orders them.
        assertThat(found.answers().byQuestion()).containsExactlyInAnyOrderEntriesOf(form.answers().byQuestion());
    }

    private static String review(Database db, AuthorityCode authority, ChildId child, String id) {
        db.inTransaction(() -> db.bean(ReviewRepository.class).insert(new Review(id, authority, child, ReviewKind.CLA,
                Meetings.on(FIRST), true, null, null, null, null, List.of(), ReviewFacts.NONE, null, 0)));
        return id;
    }
}
