package org.openiro.http.pages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A posted form ({@code application/x-www-form-urlencoded}) as its fields, each with every value it was given
 * (checkboxes repeat a name), read from the raw body so nothing is lost or guessed by binding.
 */
public final class Form {

    /** More fields than any page's form has: a body beyond it is not from one of these pages. */
    private static final int MAX_FIELDS = 500;

    private final Map<String, List<String>> fields;

    private Form(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    public static Form parse(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body != null && !body.isEmpty()) {
            int count = 0;
            for (String pair : body.split("&")) {
                if (pair.isEmpty() || ++count > MAX_FIELDS) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return new Form(fields);
    }

    public static Form empty() {
        return new Form(new LinkedHashMap<>());
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The field's first value, trimmed; "" when absent. */
    public String get(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0).trim();
    }

    /**
     * The whole number typed in the field, no less than {@code least}; null when the field was left empty. Anything
     * else typed is told to {@code refused} (given the field's name) and null returned, so that a page gathers every
     * field's problem before it answers.
     */
    public Integer wholeNumber(String name, int least, Consumer<String> refused) {
        String typed = get(name);
        if (typed.isEmpty()) {
            return null;
        }
        try {
            int number = Integer.parseInt(typed);
            if (number >= least) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, as a number under the least is
        }
        refused.accept(name);
        return null;
    }

    public List<String> all(String name) {
        return fields.getOrDefault(name, List.of()).stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    public boolean has(String name, String value) {
        return all(name).contains(value);
    }

    public Form with(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(fields);
        copy.put(name, List.of(value));
        return new Form(copy);
    }
}
