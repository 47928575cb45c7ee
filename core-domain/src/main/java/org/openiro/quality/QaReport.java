package org.openiro.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.quality.port.in.QaReportUseCase;
import org.openiro.quality.port.out.QaCounts;
import org.openiro.quality.port.out.QaTemplateRepository;
import org.openiro.reporting.Figure;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.ServiceReport;
import org.openiro.reporting.SideBySide;
import org.openiro.shared.UnitOfWork;

/**
 * The monthly QA report, defined in docs/quality-assurance.md and counted by the database: a section of the forms
 * themselves (how many reviews were held, how many forms were completed, how many in timescale), then a section per
 * question, each answer's share of the forms that answered it, in all, by month and by social work team.
 */
public final class QaReport implements QaReportUseCase {

    private static final String NOT_RECORDED = "not-recorded";
    private static final Map<String, String> TITLES = Map.of(
            "reviews-held", "Reviews held",
            "forms-completed", "QA forms completed",
            "completed-in-timescale", "QA forms completed within timescale",
            "forms-pending", "QA forms not yet due at the end of the period",
            "yes", "Yes",
            "no", "No",
            "not-applicable", "Not applicable");

    private final AuthorityRepository authorities;
    private final QaTemplateRepository templates;
    private final QaCounts counts;
    private final UnitOfWork unitOfWork;

    public QaReport(AuthorityRepository authorities, QaTemplateRepository templates, QaCounts counts,
                    UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.templates = templates;
        this.counts = counts;
        this.unitOfWork = unitOfWork;
    }

    /** A question as the report lists it: the words and scale of the newest version that asks it. */
    private record Asked(String id, String label, List<String> answers) {
    }

    @Override
    public ServiceReport report(AuthorityCode code, ReportPeriod period, String team) {
        ReportPeriod previous = period.previous();
        return unitOfWork.inTransaction(() -> {
            Authority authority = authorities.require(code);
            List<QaCounts.AnswerCount> answersNow = counts.answers(code, period, team);
            List<QaCounts.AnswerCount> answersThen = counts.answers(code, previous, team);
            List<Asked> questions = questions(templates.all(code), answersNow, answersThen);
            List<Figure> now = figures(counts.forms(code, period, team), answersNow, questions);
            List<Figure> then = figures(counts.forms(code, previous, team), answersThen, questions);
            Map<String, List<ServiceReport.Line>> lines = SideBySide.lines(period, now, previous, then,
                    figure -> title(figure.id()));
            List<ServiceReport.Section> sections = new ArrayList<>();
            sections.add(new ServiceReport.Section(QaTemplate.FORMS_SECTION, "QA forms",
                    List.copyOf(lines.getOrDefault(QaTemplate.FORMS_SECTION, List.of()))));
            for (Asked question : questions) {
                sections.add(new ServiceReport.Section(question.id(), question.label(),
                        List.copyOf(lines.getOrDefault(question.id(), List.of()))));
            }
            return new ServiceReport(code, authority.name(), period, previous, List.copyOf(sections));
        });
    }

    /**
     * The questions of the template in force, in its order; then questions only earlier versions asked, where the
     * forms of either period answered them.
     */
    private static List<Asked> questions(List<QaTemplate> versions, List<QaCounts.AnswerCount> now,
                                         List<QaCounts.AnswerCount> then) {
        List<QaTemplate> newestFirst = new ArrayList<>(versions.isEmpty() ? List.of(QaTemplate.DEFAULT) : versions);
        java.util.Collections.reverse(newestFirst);
        java.util.Set<String> answered = new java.util.HashSet<>();
        now.forEach(a -> answered.add(a.questionId()));
        then.forEach(a -> answered.add(a.questionId()));
        Map<String, Asked> asked = new LinkedHashMap<>();
        for (int v = 0; v < newestFirst.size(); v++) {
            for (Question q : newestFirst.get(v).questions()) {
                if ((v == 0 || answered.contains(q.id())) && !asked.containsKey(q.id())) {
                    asked.put(q.id(), new Asked(q.id(), q.label(), q.scale().answers()));
                }
            }
        }
        return List.copyOf(asked.values());
    }

    private static List<Figure> figures(List<QaCounts.Forms> forms, List<QaCounts.AnswerCount> answers,
                                        List<Asked> questions) {
        String s = QaTemplate.FORMS_SECTION;
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.count(s, "reviews-held", null, forms.stream().mapToLong(QaCounts.Forms::reviews).sum()));
        figures.add(Figure.count(s, "forms-completed", null,
                forms.stream().mapToLong(QaCounts.Forms::completed).sum()));
        for (Map.Entry<String, List<QaCounts.Forms>> month : group(forms, QaCounts.Forms::month).entrySet()) {
            figures.add(Figure.count(s, "forms-completed", "month:" + month.getKey(),
                    month.getValue().stream().mapToLong(QaCounts.Forms::completed).sum()));
        }
        for (Map.Entry<String, List<QaCounts.Forms>> team : group(forms, f -> team(f.team())).entrySet()) {
            figures.add(Figure.count(s, "forms-completed", "team:" + team.getKey(),
                    team.getValue().stream().mapToLong(QaCounts.Forms::completed).sum()));
        }
        figures.add(inTimescale(null, forms));
        group(forms, QaCounts.Forms::month).forEach((month, rows) -> figures.add(inTimescale("month:" + month, rows)));
        group(forms, f -> team(f.team())).forEach((team, rows) -> figures.add(inTimescale("team:" + team, rows)));
        figures.add(Figure.count(s, "forms-pending", null, forms.stream().mapToLong(QaCounts.Forms::pending).sum()));

        for (Asked question : questions) {
            List<QaCounts.AnswerCount> of = answers.stream().filter(a -> a.questionId().equals(question.id()))
                    .toList();
            List<String> codes = new ArrayList<>(question.answers());
            of.stream().map(QaCounts.AnswerCount::answer).distinct().sorted()
                    .filter(a -> !codes.contains(a)).forEach(codes::add);
            Map<String, List<QaCounts.AnswerCount>> byMonth = group(of, QaCounts.AnswerCount::month);
            Map<String, List<QaCounts.AnswerCount>> byTeam = group(of, a -> team(a.team()));
            for (String code : codes) {
                figures.add(answerShare(question.id(), code, null, of));
                byMonth.forEach((month, rows) -> figures.add(answerShare(question.id(), code, "month:" + month,
                        rows)));
                byTeam.forEach((team, rows) -> figures.add(answerShare(question.id(), code, "team:" + team, rows)));
            }
        }
        return figures;
    }

    /** Forms completed by their deadline, of those whose deadline is decided (met, or passed without the form). */
    private static Figure inTimescale(String breakdown, List<QaCounts.Forms> rows) {
        long met = rows.stream().mapToLong(QaCounts.Forms::met).sum();
        long decided = rows.stream().mapToLong(f -> f.owed() - f.pending()).sum();
        return Figure.share(QaTemplate.FORMS_SECTION, "completed-in-timescale", breakdown, met, decided, null);
    }

    /** The share of the forms that answered the question that gave this answer. */
    private static Figure answerShare(String questionId, String code, String breakdown,
                                      List<QaCounts.AnswerCount> rows) {
        long answered = rows.stream().mapToLong(QaCounts.AnswerCount::forms).sum();
        long gave = rows.stream().filter(a -> a.answer().equals(code)).mapToLong(QaCounts.AnswerCount::forms).sum();
        return Figure.share(questionId, code, breakdown, gave, answered, null);
    }

    private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
        Map<String, List<T>> grouped = new TreeMap<>();
        for (T row : rows) {
            grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return grouped;
    }

    private static String team(String team) {
        return team == null ? NOT_RECORDED : team;
    }

    private static String title(String figureId) {
        if (figureId.length() == 1 && Character.isDigit(figureId.charAt(0))) {
            return "Rated " + figureId;
        }
        return TITLES.getOrDefault(figureId, figureId);
    }
}
