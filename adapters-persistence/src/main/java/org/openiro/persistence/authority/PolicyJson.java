package org.openiro.persistence.authority;

import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openiro.authority.EscalationLadder;
import org.openiro.authority.LadderStage;
import org.openiro.authority.Policy;

/**
 * Stores an authority's effective policy as JSON, so a policy change never needs a migration. The domain's
 * records are imported for serialisation here rather than annotated, so the domain stays framework-free.
 */
@SerdeImport(Policy.class)
@SerdeImport(Policy.CaseloadBand.class)
@SerdeImport(Policy.AlertReason.class)
@SerdeImport(Policy.AdvocacyProvider.class)
@SerdeImport(Policy.Targets.class)
@SerdeImport(EscalationLadder.class)
@SerdeImport(LadderStage.class)
@Singleton
class PolicyJson {

    private final JsonMapper json;

    PolicyJson(JsonMapper json) {
        this.json = json;
    }

    String write(Policy policy) {
        try {
            return json.writeValueAsString(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Policy read(String stored) {
        try {
            return json.readValue(stored, Policy.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
