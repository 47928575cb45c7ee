package org.openiro.http.children;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.openiro.http.input.Code;

/** {@code PUT …/children/{childId}}: {@code {dateOfBirth, gender, ethnicity, uasc, disability, name?}}. */
@Serdeable
public record ChildBody(@NotNull LocalDate dateOfBirth, @NotBlank @Code String gender, @NotBlank @Code String ethnicity,
                        @NotNull Boolean uasc, @NotNull Boolean disability, @Nullable @Size(max = 200) String name) {
}
