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
import org.openiro.shared.FieldError;

/**
 * Finds which field of a JSON body could not be read, as the client wrote it ({@code placement.over20Miles},
 * {@code meetingDates[1]}), by walking it against the type it is meant to become. The serializer reports a failure
 * without its path, and coerces some values the API refuses.
 */
final class JsonFieldFinder {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonFieldFinder() {
    }

    static Optional<FieldError> find(String body, Argument<?> type) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() == null) {
                return Optional.of(new FieldError("body", "a JSON body is required"));
            }
            return check(parser, type, "");
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
            return expect(token == JsonToken.VALUE_STRING, p, path, "must be a string");
        }
        if (c == LocalDate.class) {
            return expect(token == JsonToken.VALUE_STRING && parses(p.getText(), true), p, path,
                    "must be a date that exists, written YYYY-MM-DD");
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
            p.skipChildren();
            return Optional.empty();
        }
        if (token != JsonToken.START_OBJECT) {
            return fail(p, path, "must be an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String fieldPath = path.isEmpty() ? name : path + "." + name;
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
