package org.openiro.http.errors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;

/**
 * Reads a JSON body into one of the API's records, refusing a value of the wrong JSON type and naming the field at
 * fault, as the framework's reader does for {@code application/json} bodies; for bodies assembled by hand (a
 * merge patch applied to the stored record).
 */
@Singleton
public class JsonBodies {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonMapper json;

    JsonBodies(JsonMapper json) {
        this.json = json;
    }

    /**
     * Refuses a body with anything after its one JSON value ({@code {…} garbage}), which a reader of the first value
     * alone would silently drop (issue 22): for bodies read as a free map, such as merge patches.
     */
    public static void requireOneValue(String body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() == null) {
                return;
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new InvalidInput("body", "has more after the JSON value");
            }
        } catch (IOException e) {
            throw new InvalidInput("body", "the body is not valid JSON");
        }
    }

    public <T> T read(byte[] bytes, Argument<T> type) {
        JsonFieldFinder.find(new String(bytes, StandardCharsets.UTF_8), type).ifPresent(error -> {
            throw new InvalidInput(List.of(error));
        });
        try {
            return json.readValue(bytes, type);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput(List.of(new FieldError(JsonErrors.field(e.getMessage()), JsonErrors.message(e))));
        }
    }
}
