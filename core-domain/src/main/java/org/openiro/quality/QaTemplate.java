package org.openiro.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openiro.shared.InvalidInput;

/**
 * An authority's QA form: the questions an IRO answers after each review. Every change makes a new version and the
 * old ones are kept, so a form's answers are always read against the questions they were given to.
 *
 * @param version 1 for the default, which an authority has until it changes it
 */
public record QaTemplate(int version, List<Question> questions) {

    public static final int MAX_QUESTIONS = 50;
    /** The QA report's own section: no question may take its id. */
    public static final String FORMS_SECTION = "qa-forms";

    /**
     * The default, from the practice four of the five seed reports describe: the quality of the social work report
     * and of recorded visits, the child's engagement, and the plan's health, education and placement. The rating uses
     * Ofsted's grades, which children's services audits use.
     */
    public static final QaTemplate DEFAULT = new QaTemplate(1, List.of(
            new Question("social-work-report-on-time", "Social work report received on time", Scale.YES_NO, true),
            new Question("social-work-report-quality", "Quality of the social work report (1 outstanding, 2 good,"
                    + " 3 requires improvement, 4 inadequate)", Scale.RATING, false),
            new Question("care-plan-up-to-date", "Care plan up to date", Scale.YES_NO, true),
            new Question("child-visited-and-seen-alone", "Child visited as planned and seen alone", Scale.YES_NO,
                    true),
            new Question("childs-views-captured", "Child's views captured", Scale.YES_NO, false),
            new Question("health-and-pep-up-to-date", "Health assessment and PEP up to date", Scale.YES_NO, true),
            new Question("regulation-44-reports-considered", "Regulation 44 visitor reports considered (children in"
                    + " children's homes)", Scale.YES_NO, false),
            new Question("placement-meets-needs", "Placement meeting the child's needs", Scale.YES_NO, true)));

    public QaTemplate {
        if (version < 1) {
            throw new IllegalArgumentException("a template version starts at 1");
        }
        questions = checked("questions", questions);
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(FORMS_SECTION)) {
                throw new InvalidInput("questions[" + i + "].id", FORMS_SECTION + " names the QA report's own"
                        + " section; choose another id");
            }
        }
    }

    /** A list of questions as a form or an audit may have: 1 to 50, each id once. */
    public static List<Question> checked(String field, List<Question> questions) {
        if (questions == null || questions.isEmpty()) {
            throw new InvalidInput(field, "must have at least one question");
        }
        if (questions.size() > MAX_QUESTIONS) {
            throw new InvalidInput(field, "must have at most " + MAX_QUESTIONS + " questions");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            if (!ids.add(questions.get(i).id())) {
                throw new InvalidInput(field + "[" + i + "].id", "the id " + questions.get(i).id()
                        + " is already a question of this list");
            }
        }
        return List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The template with these questions: a new version, or this one when nothing changed. */
    public QaTemplate changedTo(List<Question> changed) {
        return changed.equals(questions) ? this : new QaTemplate(version + 1, changed);
    }
}
