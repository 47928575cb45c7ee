package org.openiro.http.errors;

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

    private final JsonMapper json;

    JsonBodies(JsonMapper json) {
        this.json = json;
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
