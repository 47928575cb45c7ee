package org.openiro.http.children;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.openiro.http.input.Code;

/** {@code POST …/children/{childId}/episodes}: {@code {startDate, legalStatus, placement: {type, over20Miles}}}. */
@Serdeable
public record EpisodeBody(@NotNull LocalDate startDate, @NotBlank @Code String legalStatus,
                          @NotNull @Valid PlacementBody placement) {

    @Serdeable
    public record PlacementBody(@NotBlank @Code String type, @Nullable Boolean over20Miles, @Nullable Boolean planned) {
    }
}
