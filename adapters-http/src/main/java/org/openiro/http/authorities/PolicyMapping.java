package org.openiro.http.authorities;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyFields;
import org.openiro.authority.PolicyOverrides;

/**
 * The API's policy body to and from the domain, by each setting's name: the body as plain JSON values is what the
 * domain's table of settings reads ({@link PolicyOverrides#read}) and writes ({@link PolicyFields#writeForApi}), so a
 * new setting is a component of {@link PolicyBody} and nothing here.
 */
@Singleton
class PolicyMapping {

    private static final Argument<Map<String, Object>> SETTINGS = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    PolicyMapping(JsonMapper json) {
        this.json = json;
    }

    /** The settings the body gives, over whatever preset it names. */
    PolicyOverrides overrides(PolicyBody body) {
        try {
            return PolicyOverrides.read(json.readValue(json.writeValueAsBytes(body), SETTINGS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The effective policy, every setting filled in. */
    PolicyBody body(Policy policy) {
        try {
            return json.readValue(json.writeValueAsBytes(PolicyFields.writeForApi(policy)), PolicyBody.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
