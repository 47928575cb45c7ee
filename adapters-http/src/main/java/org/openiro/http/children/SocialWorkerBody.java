package org.openiro.http.children;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.openiro.http.input.Id;

/** {@code PUT …/children/{childId}/social-worker}: {@code {id, name, email, team, teamManager: {id, name, email}}}. */
@Serdeable
public record SocialWorkerBody(@NotBlank @Id String id, @NotBlank @Size(max = 200) String name,
                               @NotBlank @Size(max = 254) String email, @Nullable @Size(max = 200) String team,
                               @Nullable @Valid Person teamManager) {

    @Serdeable
    public record Person(@NotBlank @Id String id, @NotBlank @Size(max = 200) String name,
                         @NotBlank @Size(max = 254) String email) {
    }
}
