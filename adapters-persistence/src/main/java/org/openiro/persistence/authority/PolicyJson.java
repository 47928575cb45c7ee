package org.openiro.persistence.authority;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyFields;

/**
 * Stores an authority's effective policy as JSON, so a policy change never needs a migration. The policy's settings
 * are written and read by name through the domain's own table of them ({@link PolicyFields}), so the stored shape
 * is the settings' names and words, not the domain's records, and a new setting needs nothing here.
 *
 * <p>Every request that reads an authority reads its policy, so a policy once read is kept, keyed by its stored
 * text (issue 23: parsing it was a share of each review's CPU). A {@link Policy} is immutable, and the key is the
 * whole text as stored: a changed policy is different text, read afresh, whichever instance changed it.
 */
@Singleton
class PolicyJson {

    private static final Argument<Map<String, Object>> SETTINGS = Argument.mapOf(String.class, Object.class);
    /** Far more than the authorities one service serves; past it the cache starts again rather than grow. */
    private static final int KEPT = 1_000;

    private final JsonMapper json;
    private final Map<String, Policy> parsed = new ConcurrentHashMap<>();

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
        Policy policy = parsed.get(stored);
        if (policy == null) {
            policy = parse(stored);
            if (parsed.size() >= KEPT) {
                parsed.clear();
            }
            parsed.put(stored, policy);
        }
        return policy;
    }

    private Policy parse(String stored) {
        try {
            return PolicyFields.read(json.readValue(stored, SETTINGS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
