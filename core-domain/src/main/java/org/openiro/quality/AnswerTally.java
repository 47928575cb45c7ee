package org.openiro.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one question was answered across an audit's findings: each answer of its scale with its count, and the share of
 * the findings that answered the question (findings that left it unanswered are not in the share).
 */
public record AnswerTally(String questionId, long answered, Map<String, Long> counts) {

    public Double share(String answer) {
        return answered == 0 ? null : (double) counts.getOrDefault(answer, 0L) / answered;
    }

    public static List<AnswerTally> of(List<Question> questions, List<Answers> given) {
        List<AnswerTally> tallies = new ArrayList<>();
        for (Question question : questions) {
            Map<String, Long> counts = new LinkedHashMap<>();
            question.scale().answers().forEach(answer -> counts.put(answer, 0L));
            long answered = 0;
            for (Answers answers : given) {
                String answer = answers.byQuestion().get(question.id());
                if (answer != null) {
                    counts.merge(answer, 1L, Long::sum);
                    answered++;
                }
            }
            tallies.add(new AnswerTally(question.id(), answered, counts));
        }
        return tallies;
    }
}
