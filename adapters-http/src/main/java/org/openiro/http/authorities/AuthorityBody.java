package org.openiro.http.authorities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/authorities/{a}}: {@code {name, policy: {preset, escalationPreset, …}, childPopulation}}. */
@Serdeable
public record AuthorityBody(@NotBlank @Size(max = 200) String name, @Nullable @Valid PolicyBody policy,
                            @Nullable @Positive Integer childPopulation) {
}
