package org.openiro.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;

/**
 * Answers to a list of questions, each a code of its question's scale, in the questions' order. A question may be
 * left unanswered; an answer to a question the list lacks, or outside its scale, is refused.
 */
public record Answers(Map<String, String> byQuestion) {

    public Answers {
        byQuestion = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion));
    }

    /**
     * Answers as a request gives them (values as JSON decodes them), checked against {@code questions}; every
     * problem is named, as {@code field.questionId}.
     */
    public static Answers of(String field, List<Question> questions, Map<String, ?> given) {
        if (given == null || given.isEmpty()) {
            throw new InvalidInput(field, "answer at least one question");
        }
        List<FieldError> problems = new ArrayList<>();
        for (String id : given.keySet()) {
            if (questions.stream().noneMatch(q -> q.id().equals(id))) {
                problems.add(new FieldError(field + "." + id, "is not a question of this form"));
            }
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            if (!given.containsKey(question.id())) {
                continue;
            }
            try {
                answers.put(question.id(), question.scale().code(field + "." + question.id(),
                        given.get(question.id())));
            } catch (InvalidInput e) {
                problems.addAll(e.errors());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Answers(answers);
    }

    public Optional<String> of(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId));
    }

    /** The answers as JSON gives them back: ratings as numbers. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        byQuestion.forEach((id, code) -> values.put(id, Scale.value(code)));
        return values;
    }
}
