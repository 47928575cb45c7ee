package org.openiro.http.ssda903;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.validation.Validated;
import jakarta.validation.constraints.Pattern;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.CollectionYear;
import org.openiro.http.Ids;
import org.openiro.http.security.Permits;
import org.openiro.shared.InvalidInput;
import org.openiro.ssda903.port.in.ExportSsda903UseCase;

/**
 * {@code GET /api/authorities/{a}/exports/ssda903/reviews?year=2024}: the reviews table of the return for the
 * collection year ending in March of that year (2024: 1 April 2023 to 31 March 2024), as the DfE lays it out.
 */
@Controller("/api/authorities/{authority}/exports/ssda903")
@Validated
class Ssda903Controller {

    static final String CSV = "text/csv";

    private final ExportSsda903UseCase export;

    Ssda903Controller(ExportSsda903UseCase export) {
        this.export = export;
    }

    @Get(value = "/reviews", produces = CSV)
    @Permits(Action.EXPORT_SSDA903)
    HttpResponse<String> reviews(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String authority,
                                 @QueryValue String year) {
        CollectionYear collection = collectionYear(year);
        return HttpResponse.ok(export.reviewsTable(AuthorityCode.of(authority), collection))
                .contentType(CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"reviews-" + authority + "-" + year + ".csv\"");
    }

    private static CollectionYear collectionYear(String year) {
        if (year == null || !year.matches("20[0-9]{2}")) {
            throw new InvalidInput("year", "the collection year by the year it ends, such as 2024 for 2023/24");
        }
        return new CollectionYear(Integer.parseInt(year));
    }
}
