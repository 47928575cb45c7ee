package org.openiro.http.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openiro.shared.FieldError;

/**
 * What was wrong with a posted form, for the GOV.UK error summary (each message a link to its field, {@code #id}) and
 * the message beside each field.
 */
public record FormErrors(Map<String, String> byField) {

    public static final FormErrors NONE = new FormErrors(Map.of());

    public record Error(String href, String message) {
    }

    public FormErrors {
        byField = new LinkedHashMap<>(byField);
    }

    public static FormErrors of(String fieldId, String message) {
        return new FormErrors(Map.of(fieldId, message));
    }

    /**
     * A refusal's errors on the form's fields, the first for each field kept. {@code idOf} names the form's field for
     * the domain's (never null: "" when the error names none); a message of the domain's own, beginning in lower case
     * ("must not be in the future"), is said whole by {@code said}, given the field's id and the message. The form's
     * own messages are sentences already, and kept as they are.
     */
    public static FormErrors of(List<FieldError> errors, java.util.function.UnaryOperator<String> idOf,
                                java.util.function.BinaryOperator<String> said) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            String id = idOf.apply(error.field() == null ? "" : error.field());
            String m = error.message();
            byField.putIfAbsent(id, Character.isUpperCase(m.charAt(0)) ? m : said.apply(id, m));
        }
        return new FormErrors(byField);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String fieldId) {
        return byField.containsKey(fieldId);
    }

    public String message(String fieldId) {
        return byField.getOrDefault(fieldId, "");
    }

    /** In the summary, a date's message links to its first box (day), as the GOV.UK date input asks. */
    public List<Error> summary(java.util.function.UnaryOperator<String> anchor) {
        return byField.entrySet().stream()
                .map(e -> new Error("#" + anchor.apply(e.getKey()), e.getValue())).toList();
    }
}
