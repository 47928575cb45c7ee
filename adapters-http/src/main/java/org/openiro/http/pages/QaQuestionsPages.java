package org.openiro.http.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.quality.QaTemplate;
import org.openiro.quality.Question;
import org.openiro.quality.port.in.ChangeQaTemplateUseCase;
import org.openiro.quality.port.in.ViewQaTemplateUseCase;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.StaleVersion;

/**
 * {@code /authorities/{a}/qa/questions}: an administrator changes the questions of the authority's QA form (issue 24)
 * through the API's use case, so every change is a new version and forms already completed keep theirs. Each question
 * keeps its id (an id stays with a question's meaning): its words, scale and alert can be changed, or it can be
 * removed; a new question is added at the end with an id of its own. The form names the version it was opened on, so
 * a change made meanwhile by someone else is refused rather than overwritten.
 */
@Hidden
@Controller("/authorities/{authority}/qa/questions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class QaQuestionsPages {

    private static final String POSTED = "iro.pages.qa-questions";
    private static final String YES = "yes";
    private static final Map<String, String> SCALES = scales();

    private record Posted(String authority, Form form) {
    }

    private static Map<String, String> scales() {
        Map<String, String> scales = new LinkedHashMap<>();
        scales.put("yes-no", "Yes, no or not applicable");
        scales.put("rating", "A rating from 1 to 4");
        return scales;
    }

    private final Pages pages;
    private final PageCsrf csrf;
    private final ViewQaTemplateUseCase view;
    private final ChangeQaTemplateUseCase change;

    QaQuestionsPages(Pages pages, PageCsrf csrf, ViewQaTemplateUseCase view, ChangeQaTemplateUseCase change) {
        this.pages = pages;
        this.csrf = csrf;
        this.view = view;
        this.change = change;
    }

    @Get
    @Permits(Action.SET_QA_TEMPLATE)
    HttpResponse<?> questions(@PathVariable @Id String authority, @QueryValue @Nullable String changed,
                              HttpRequest<?> request) {
        QaTemplate template = view.template(AuthorityCode.of(authority));
        // Only what this page's own redirect says is shown back: a version's number, or that nothing changed.
        boolean said = changed != null && changed.matches("none|[1-9][0-9]{0,8}");
        return page(request, authority, asForm(template), FormErrors.NONE, said ? changed : "", HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.SET_QA_TEMPLATE)
    HttpResponse<?> change(@PathVariable @Id String authority, @Body @Nullable String body,
                           HttpRequest<?> request) {
        Form form = Form.parse(body);
        csrf.check(request, form.get(PageCsrf.FIELD));
        request.setAttribute(POSTED, new Posted(authority, form));
        List<Question> kept = questionsAsChanged(form);
        Long opened = openedOn(form);
        QaTemplate now = change.change(new ChangeQaTemplateUseCase.ChangeQaTemplateCommand(
                AuthorityCode.of(authority), kept, opened));
        String outcome = opened != null && now.version() == opened ? "none" : String.valueOf(now.version());
        return Pages.seeOther("/authorities/" + authority + "/qa/questions?changed=" + outcome);
    }

    /** The template as the form shows it: a row a question, and an empty row for a new one. */
    private static Form asForm(QaTemplate template) {
        Form form = Form.empty().with("version", String.valueOf(template.version()))
                .with("count", String.valueOf(template.questions().size())).with("scale-new", "yes-no");
        for (int i = 1; i <= template.questions().size(); i++) {
            Question q = template.questions().get(i - 1);
            form = form.with("id-" + i, q.id()).with("label-" + i, q.label()).with("scale-" + i, q.scale().id())
                    .with("position-" + i, String.valueOf(i));
            if (q.opensAlert()) {
                form = form.with("alert-" + i, YES);
            }
        }
        return form;
    }

    /**
     * The questions as posted, in the places asked, the removed left out and a new one added where asked (at the end
     * when no place is given); every refusal of every row collected, so the summary names them all at once.
     */
    private static List<Question> questionsAsChanged(Form form) {
        List<FieldError> problems = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        int count = rows(form);
        for (int i = 1; i <= count; i++) {
            if (form.has("remove-" + i, YES)) {
                continue;
            }
            Integer position = position(form, "position-" + i, i, problems);
            try {
                Question q = Question.of("q-" + i, form.get("id-" + i), form.get("label-" + i),
                        form.get("scale-" + i), form.has("alert-" + i, YES));
                places.add(new Place(q, position == null ? i : position, i));
            } catch (InvalidInput e) {
                problems.addAll(e.errors());
            }
        }
        if (count > 0 && places.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldError("remove-1", "Keep at least one question: a QA form must ask something"));
        }
        String newId = form.get("id-new").trim();
        String newLabel = form.get("label-new");
        if (!newId.isEmpty() || !newLabel.isBlank()) {
            if (newId.isEmpty()) {
                problems.add(new FieldError("id-new", "Enter an id for the new question, like life-story-work"));
            } else if (places.stream().anyMatch(p -> p.question().id().equals(newId))) {
                problems.add(new FieldError("id-new", "A question of the form already has the id " + newId
                        + ": choose another"));
            }
            Integer position = position(form, "position-new", count + 1, problems);
            try {
                Question q = Question.of("new", newId.isEmpty() ? "new" : newId, newLabel, form.get("scale-new"),
                        form.has("alert-new", YES));
                places.add(new Place(q, position == null ? count + 1 : position, count + 1));
            } catch (InvalidInput e) {
                problems.addAll(e.errors());
            }
        }
        if (places.size() > QaTemplate.MAX_QUESTIONS && problems.isEmpty()) {
            problems.add(new FieldError("id-new", "The form has " + QaTemplate.MAX_QUESTIONS + " questions, the most"
                    + " it may have: remove one to add another"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        places.sort(Place.ORDER);
        return places.stream().map(Place::question).toList();
    }

    /**
     * A question and the place asked for it on the form. Placed where another stands, a question moved up goes before
     * it and one moved down after it, as a person moving one question among the rest expects; questions not moved
     * keep their order.
     */
    private record Place(Question question, int position, int row) {

        static final java.util.Comparator<Place> ORDER = java.util.Comparator.comparingInt(Place::position)
                .thenComparingInt(Place::moved).thenComparingInt(Place::row);

        /** -1 moved up, 0 where it was, 1 moved down. */
        int moved() {
            return Integer.signum(position - row);
        }
    }

    /** The place typed for a row: a whole number from 1 (the row's own place when left empty). */
    private static Integer position(Form form, String id, int row, List<FieldError> problems) {
        return form.wholeNumber(id, 1,
                field -> problems.add(new FieldError(field, "must be a whole number from 1, like " + row)));
    }

    private static int rows(Form form) {
        try {
            return Math.min(Math.max(Integer.parseInt(form.get("count")), 0), QaTemplate.MAX_QUESTIONS);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Long openedOn(Form form) {
        try {
            return Long.parseLong(form.get("version"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The form or the domain refused what was posted: the form again as typed, nothing changed. */
    @Error(exception = InvalidInput.class)
    HttpResponse<?> invalid(HttpRequest<?> request, InvalidInput e) {
        Posted p = request.getAttribute(POSTED, Posted.class).orElseThrow(() -> e);
        return page(request, p.authority(), p.form(), FormErrors.of(e.errors(), QaQuestionsPages::fieldId,
                (id, m) -> label(id) + " " + m), "", HttpStatus.BAD_REQUEST);
    }

    /**
     * Someone else changed the questions after this form was opened: the questions as they are now, to change again,
     * rather than one change silently undoing the other.
     */
    @Error(exception = StaleVersion.class)
    HttpResponse<?> stale(HttpRequest<?> request, StaleVersion e) {
        Posted p = request.getAttribute(POSTED, Posted.class).orElseThrow(() -> e);
        QaTemplate now = view.template(AuthorityCode.of(p.authority()));
        return page(request, p.authority(), asForm(now), FormErrors.of("label-1", "Someone else changed the"
                + " questions while you were editing them. These are the questions now (version " + now.version()
                + "): make your change again"), "", HttpStatus.CONFLICT);
    }

    /**
     * The domain's field names ({@code q-3.label}, {@code new.scale}, {@code questions[9].id}) as the form's ids
     * ({@code label-3}, {@code scale-new}, {@code id-new}).
     */
    static String fieldId(String field) {
        if (field.startsWith("questions")) {
            return "id-new"; // the list's own checks (ids, size) can only be broken by the question added
        }
        int dot = field.indexOf('.');
        if (dot < 0) {
            return field;
        }
        String row = field.startsWith("new") ? "new" : field.substring(2, dot);
        String part = switch (field.substring(dot + 1)) {
            case "scale" -> "scale";
            case "opensAlert" -> "alert";
            case "id" -> row.equals("new") ? "id" : "label";
            default -> "label";
        };
        return part + "-" + row;
    }

    private static String label(String id) {
        String row = id.substring(id.indexOf('-') + 1);
        String which = row.equals("new") ? "the new question" : "question " + row;
        return switch (id.substring(0, id.indexOf('-'))) {
            case "id" -> "The id of " + which;
            case "scale" -> "The scale of " + which;
            case "alert" -> "The alert of " + which + ":";
            case "position" -> "The place of " + which;
            default -> "The words of " + which;
        };
    }

    private HttpResponse<?> page(HttpRequest<?> request, String authority, Form form, FormErrors errors,
                                 String changed, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("form", form);
        model.put("rows", rows(form));
        model.put("scales", SCALES);
        model.put("errors", errors);
        model.put("changed", changed);
        return pages.render(status, "qaQuestions", pages.layout(request, authority,
                "The QA form's questions", errors), model, request);
    }
}
