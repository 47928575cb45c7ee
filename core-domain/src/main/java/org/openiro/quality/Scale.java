package org.openiro.quality;

import java.util.Arrays;
import java.util.List;
import org.openiro.shared.InvalidInput;

/**
 * How a question is answered: {@code yes-no} ({@code yes}, {@code no}, {@code not-applicable}) or a {@code rating}
 * from 1 to 4, whose meaning the question's label gives (the default template uses Ofsted's grades, 1 outstanding to
 * 4 inadequate). Answers are stored as these codes; a rating is written as a JSON number.
 */
public enum Scale {
    YES_NO("yes-no", List.of("yes", "no", "not-applicable")),
    RATING("rating", List.of("1", "2", "3", "4"));

    private final String id;
    private final List<String> answers;

    Scale(String id, List<String> answers) {
        this.id = id;
        this.answers = answers;
    }

    public String id() {
        return id;
    }

    /** Every answer the scale allows, in the order a report lists them. */
    public List<String> answers() {
        return answers;
    }

    public static Scale of(String field, String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be yes-no or rating"));
    }

    /**
     * The code of an answer given as JSON decodes it: a string for {@code yes-no}, a whole number for a rating.
     *
     * @throws InvalidInput naming {@code field} for anything outside the scale
     */
    public String code(String field, Object given) {
        if (this == YES_NO) {
            if (given instanceof String text && answers.contains(text)) {
                return text;
            }
            throw new InvalidInput(field, "must be yes, no or not-applicable");
        }
        boolean whole = given instanceof Integer || given instanceof Long || given instanceof Short;
        if (whole && ((Number) given).longValue() >= 1 && ((Number) given).longValue() <= 4) {
            return Long.toString(((Number) given).longValue());
        }
        throw new InvalidInput(field, "must be a rating from 1 to 4, written as a number");
    }

    /** A stored code as JSON gives it back: a rating as a number. */
    public static Object value(String code) {
        return code.length() == 1 && Character.isDigit(code.charAt(0)) ? Integer.parseInt(code) : code;
    }
}
