package org.openiro.http.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
