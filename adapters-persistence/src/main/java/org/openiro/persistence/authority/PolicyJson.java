package org.openiro.persistence.authority;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyFields;

/**
 * Stores an authority's effective policy as JSON, so a policy change never needs a migration. The policy's settings
 * are written and read by name through the domain's own table of them ({@link PolicyFields}), so the stored shape
 * is the settings' names and words, not the domain's records, and a new setting needs nothing here.
 */
@Singleton
class PolicyJson {

    private static final Argument<Map<String, Object>> SETTINGS = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    PolicyJson(JsonMapper json) {
        this.json = json;
    }

    String write(Policy policy) {
        try {
            return json.writeValueAsString(PolicyFields.write(policy));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Policy read(String stored) {
        try {
            return PolicyFields.read(json.readValue(stored, SETTINGS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
