package org.openiro.http.children;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code PUT …/children/{childId}/social-worker}: {@code {id, name, email, team, teamManager: {id, name, email}}}. */
@Serdeable
public record SocialWorkerBody(@NotBlank String id, @NotBlank @Size(max = 200) String name,
                               @NotBlank @Size(max = 254) String email, @Nullable @Size(max = 200) String team,
                               @Nullable @Valid Person teamManager) {

    @Serdeable
    public record Person(@NotBlank String id, @NotBlank @Size(max = 200) String name,
                         @NotBlank @Size(max = 254) String email) {
    }
}
