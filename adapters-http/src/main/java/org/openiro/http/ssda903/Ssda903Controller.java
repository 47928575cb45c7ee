package org.openiro.http.ssda903;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import java.util.ArrayList;
import java.util.List;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.CollectionYear;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;
import org.openiro.ssda903.port.in.ExportSsda903UseCase;
import org.openiro.ssda903.port.in.ImportSsda903UseCase;

/**
 * The DfE's SSDA903 files (api.md): {@code POST …/imports/ssda903} loads an authority's history from its return's CSV
 * files, all of it or nothing; {@code GET …/exports/ssda903/reviews?year=2024} answers the reviews table of the return
 * for the collection year ending in March of that year (2024: 1 April 2023 to 31 March 2024), as the DfE lays it out.
 */
@Controller("/api/authorities/{authority}")
@Validated
class Ssda903Controller {

    static final String CSV = "text/csv";

    private final ExportSsda903UseCase export;
    private final ImportSsda903UseCase imports;

    Ssda903Controller(ExportSsda903UseCase export, ImportSsda903UseCase imports) {
        this.export = export;
        this.imports = imports;
    }

    @Serdeable
    record CountsBody(int created, int changed, int unchanged) {
        static CountsBody of(ImportSsda903UseCase.Counts counts) {
            return new CountsBody(counts.created(), counts.changed(), counts.unchanged());
        }
    }

    @Serdeable
    record ImportedBody(CountsBody children, CountsBody periods, CountsBody placements, CountsBody reviews) {
        static ImportedBody of(ImportSsda903UseCase.Imported imported) {
            return new ImportedBody(CountsBody.of(imported.children()), CountsBody.of(imported.periods()),
                    CountsBody.of(imported.placements()), CountsBody.of(imported.reviews()));
        }
    }

    /**
     * The parts are written to temporary files first: the import reads each file more than once (to check it, to read
     * it), row by row, so a national return never sits in memory whole. The files are deleted once it is done.
     */
    @Post(value = "/imports/ssda903", consumes = MediaType.MULTIPART_FORM_DATA)
    @Permits(Action.IMPORT_SSDA903)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<ImportedBody> importFiles(
            @PathVariable @Id String authority,
            @Part("header") @Nullable CompletedFileUpload header,
            @Part("episodes") @Nullable CompletedFileUpload episodes,
            @Part("reviews") @Nullable CompletedFileUpload reviews,
            @Part("uasc") @Nullable CompletedFileUpload uasc) {
        List<FieldError> missing = new ArrayList<>();
        for (String part : List.of("header", "episodes", "reviews")) {
            CompletedFileUpload upload = switch (part) {
                case "header" -> header;
                case "episodes" -> episodes;
                default -> reviews;
            };
            if (upload == null) {
                missing.add(new FieldError(part, "the " + part + " file of the return is missing: send it as the "
                        + "multipart part '" + part + "'"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        try (UploadedReturn upload = new UploadedReturn()) {
            ImportSsda903UseCase.Imported imported = imports.importFiles(AuthorityCode.of(authority),
                    upload.files(header, episodes, reviews, uasc));
            return HttpResponse.ok(ImportedBody.of(imported));
        }
    }

    @Get(value = "/exports/ssda903/reviews", produces = CSV)
    @Permits(Action.EXPORT_SSDA903)
    HttpResponse<String> reviews(@PathVariable @Id String authority,
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
