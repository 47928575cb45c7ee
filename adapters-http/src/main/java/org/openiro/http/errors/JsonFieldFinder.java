package org.openiro.http.errors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.openiro.calendar.SupportedDates;
import org.openiro.shared.FieldError;

/**
 * Finds which field of a JSON body could not be read, as the client wrote it ({@code placement.over20Miles},
 * {@code meetingDates[1]}), by walking it against the type it is meant to become. The serializer reports a failure
 * without its path, and coerces some values the API refuses.
 */
final class JsonFieldFinder {

    private static final JsonFactory JSON = new JsonFactory();
    private static final char NUL = '\0';
    static final String NUL_MESSAGE = "must not contain NUL characters";

    private JsonFieldFinder() {
    }

    static Optional<FieldError> find(String body, Argument<?> type) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() == null) {
                return Optional.of(new FieldError("body", "a JSON body is required"));
            }
            Optional<FieldError> problem = check(parser, type, "");
            if (problem.isPresent()) {
                return problem;
            }
            // One JSON value and nothing after it: the serializer would stop at the first and ignore the rest.
            return parser.nextToken() == null ? Optional.empty()
                    : Optional.of(new FieldError("body", "has more after the JSON value"));
        } catch (IOException e) {
            return Optional.of(new FieldError("body", "the body is not valid JSON"));
        }
    }

    private static Optional<FieldError> check(JsonParser p, Argument<?> type, String path) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        Class<?> c = type.getType();
        if (c == Boolean.class || c == boolean.class) {
            return expect(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE, p, path, "must be true or false");
        }
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            return expect(token == JsonToken.VALUE_NUMBER_INT, p, path, "must be a whole number");
        }
        if (c == Double.class || c == double.class || Number.class.isAssignableFrom(c)) {
            return expect(token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT, p, path,
                    "must be a number");
        }
        if (c == String.class) {
            return token != JsonToken.VALUE_STRING ? fail(p, path, "must be a string")
                    : expect(p.getText().indexOf(NUL) < 0, p, path, NUL_MESSAGE);
        }
        if (c == LocalDate.class) {
            if (token != JsonToken.VALUE_STRING || !parses(p.getText(), true)) {
                return fail(p, path, "must be a date that exists, written YYYY-MM-DD");
            }
            return inRange(LocalDate.parse(p.getText()), p, path);
        }
        if (c == OffsetDateTime.class || c == java.time.Instant.class) {
            return expect(token == JsonToken.VALUE_STRING && parses(p.getText(), false), p, path,
                    "must be a timestamp, written ISO-8601 with an offset");
        }
        if (Collection.class.isAssignableFrom(c)) {
            if (token != JsonToken.START_ARRAY) {
                return fail(p, path, "must be a list");
            }
            Argument<?> element = type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                Optional<FieldError> problem = check(p, element, path + "[" + index++ + "]");
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        Optional<BeanIntrospection<Object>> introspection = c == Object.class || Map.class.isAssignableFrom(c)
                ? Optional.empty() : BeanIntrospector.SHARED.findIntrospection((Class<Object>) c);
        if (introspection.isEmpty()) {
            return freeForm(p, path);
        }
        if (token != JsonToken.START_OBJECT) {
            return fail(p, path, "must be an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            if (name.indexOf(NUL) >= 0) {
                return fail(p, path.isEmpty() ? "body" : path, NUL_MESSAGE);
            }
            Optional<BeanProperty<Object, Object>> property = introspection.get().getProperty(name);
            if (property.isEmpty()) {
                return Optional.of(new FieldError(fieldPath, "is not a field of this request"));
            }
            p.nextToken();
            Optional<FieldError> problem = check(p, property.get().asArgument(), fieldPath);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /**
     * A value of no fixed shape (a QA form's answers): any text in it, names included, is checked for NUL, which
     * PostgreSQL cannot store.
     */
    private static Optional<FieldError> freeForm(JsonParser p, String path) throws IOException {
        String at = path.isEmpty() ? "body" : path;
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText().indexOf(NUL) < 0 ? Optional.empty() : Optional.of(new FieldError(at, NUL_MESSAGE));
        }
        if (!p.currentToken().isStructStart()) {
            return Optional.empty();
        }
        boolean nul = false;
        for (int depth = 1; depth > 0; ) {
            JsonToken next = p.nextToken();
            if (next.isStructStart()) {
                depth++;
            } else if (next.isStructEnd()) {
                depth--;
            } else if (next == JsonToken.VALUE_STRING || next == JsonToken.FIELD_NAME) {
                nul |= p.getText().indexOf(NUL) >= 0;
            }
        }
        return nul ? Optional.of(new FieldError(at, NUL_MESSAGE)) : Optional.empty();
    }

    /** Dates the calendar cannot count from are refused here, for every body at once (issue 22). */
    private static Optional<FieldError> inRange(LocalDate date, JsonParser p, String path) throws IOException {
        boolean birth = path.endsWith("dateOfBirth");
        if (birth ? SupportedDates.containsBirth(date) : SupportedDates.contains(date)) {
            return Optional.empty();
        }
        return fail(p, path, birth ? SupportedDates.BIRTH_MESSAGE : SupportedDates.MESSAGE);
    }

    private static Optional<FieldError> expect(boolean ok, JsonParser p, String path, String message)
            throws IOException {
        return ok ? Optional.empty() : fail(p, path, message);
    }

    private static Optional<FieldError> fail(JsonParser p, String path, String message) throws IOException {
        p.skipChildren();
        return Optional.of(new FieldError(path.isEmpty() ? "body" : path, message));
    }

    private static boolean parses(String text, boolean date) {
        try {
            if (date) {
                LocalDate.parse(text);
            } else {
                OffsetDateTime.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
