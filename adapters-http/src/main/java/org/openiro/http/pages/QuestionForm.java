package org.openiro.http.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openiro.quality.Question;
import org.openiro.quality.Scale;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;

/**
 * A posted form of questions (a QA form, an audit's findings) as the quality use cases take it: each question's radio
 * ({@code answer-<id>}) as its answer, a rating as a number as the API's JSON gives it, and the notes; and the domain's
 * refusals ({@code answers.<id>}, {@code answers}, {@code notes}) as the form's fields for the error summary.
 *
 * @param typed   what was posted, by question id (and {@code notes}), to show the form again as typed
 * @param answers the answers for the use case, unanswered questions left out
 * @param notes   null when empty
 */
record QuestionForm(Map<String, String> typed, Map<String, Object> answers, String notes) {

    static QuestionForm posted(List<Question> questions, Form posted) {
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question q : questions) {
            String given = posted.get(QaWords.field(q.id()));
            if (!given.isEmpty()) {
                typed.put(q.id(), given);
                answers.put(q.id(), q.scale() == Scale.RATING && given.matches("[1-4]") ? Integer.valueOf(given)
                        : given);
            }
        }
        String notes = posted.get("notes");
        typed.put("notes", notes);
        return new QuestionForm(typed, answers, notes.isEmpty() ? null : notes);
    }

    static FormErrors errors(List<Question> questions, InvalidInput refused) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError e : refused.errors()) {
            String f = e.field();
            if (f.startsWith("answers.")) {
                String id = f.substring("answers.".length());
                String label = questions.stream().filter(q -> q.id().equals(id)).map(q -> q.label() + ": ")
                        .findFirst().orElse("");
                byField.putIfAbsent(QaWords.field(id), sentence(label + e.message()));
            } else if (f.equals("notes")) {
                byField.putIfAbsent("notes", "Notes " + e.message());
            } else {
                byField.putIfAbsent(first(questions), sentence(e.message()));
            }
        }
        return new FormErrors(byField);
    }

    /** Where an error about the form as a whole links: its first question. */
    static String first(List<Question> questions) {
        return QaWords.field(questions.get(0).id());
    }

    static String sentence(String message) {
        return message == null || message.isEmpty() ? "" : Character.toUpperCase(message.charAt(0))
                + message.substring(1);
    }
}
