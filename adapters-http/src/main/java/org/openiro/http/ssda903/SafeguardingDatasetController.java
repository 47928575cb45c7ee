package org.openiro.http.ssda903;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.validation.Validated;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Id;
import org.openiro.http.input.InCalendar;
import org.openiro.http.security.Permits;
import org.openiro.ssda903.port.in.ExportSafeguardingDatasetUseCase;

/**
 * {@code GET …/exports/ssd/cla-reviews?from=&to=}: the Standard Safeguarding Dataset's {@code ssd_cla_reviews} for a
 * period, as CSV with the dataset's own column names, for the authority's analysts (administrators).
 */
@Controller("/api/authorities/{authority}/exports/ssd")
@Validated
class SafeguardingDatasetController {

    private final ExportSafeguardingDatasetUseCase export;

    SafeguardingDatasetController(ExportSafeguardingDatasetUseCase export) {
        this.export = export;
    }

    @Get(value = "/cla-reviews", produces = Ssda903Controller.CSV)
    @Permits(Action.EXPORT_SAFEGUARDING_DATASET)
    HttpResponse<String> claReviews(@PathVariable @Id String authority,
                                    @QueryValue @NotNull @InCalendar LocalDate from,
                                    @QueryValue @NotNull @InCalendar LocalDate to) {
        return HttpResponse.ok(export.claReviews(AuthorityCode.of(authority), from, to))
                .contentType(Ssda903Controller.CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"ssd_cla_reviews-" + authority + "-" + from
                        + "-" + to + ".csv\"");
    }
}
