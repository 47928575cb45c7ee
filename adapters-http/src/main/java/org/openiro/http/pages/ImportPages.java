package org.openiro.http.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.access.Action;
import org.openiro.access.port.in.AuthorizeUseCase;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.CollectionYear;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.http.ssda903.UploadedReturn;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;
import org.openiro.ssda903.ImportProblem;
import org.openiro.ssda903.ImportRefused;
import org.openiro.ssda903.port.in.ExportSsda903UseCase;
import org.openiro.ssda903.port.in.ImportSsda903UseCase;

/**
 * {@code /authorities/{a}/imports/new} and {@code /authorities/{a}/exports}: an administrator loads the authority's
 * SSDA903 files, and takes the reviews table of the return. Both go through the API's own use cases and permissions
 * ({@code POST …/imports/ssda903}, {@code GET …/exports/ssda903/reviews}). The import is all or nothing, so it needs
 * no separate check: a return with any problem comes back as a table of them, by file, row, column and rule, with
 * nothing written; one that loads is confirmed with what it made and changed (post/redirect/get).
 */
@Hidden
@Controller("/authorities/{authority}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class ImportPages {

    /** The authority of the files being posted, kept on the request for the page that lists their problems. */
    private static final String POSTED = "iro.pages.import";

    /** The return's files in the order the form asks for them: part name, label, whether the API requires it. */
    static final List<ImportViews.ImportFile> FILES = List.of(
            new ImportViews.ImportFile("header", "Header file", "The children: CHILD, SEX, DOB, ETHNIC", true),
            new ImportViews.ImportFile("episodes", "Episodes file", "Periods of care and placements: CHILD, DECOM,"
                    + " RNE, LS, PLACE, DEC, REC", true),
            new ImportViews.ImportFile("reviews", "Reviews file", "CHILD, DOB, REVIEW, REVIEW_CODE", true),
            new ImportViews.ImportFile("uasc", "UASC file (optional)", "Unaccompanied asylum-seeking children, if"
                    + " the return has them", false));

    /** How many collection years the export form offers, the newest first. */
    private static final int EXPORT_YEARS = 6;

    private final Pages pages;
    private final PageCsrf csrf;
    private final ImportSsda903UseCase imports;
    private final ExportSsda903UseCase exports;
    private final Clock clock;
    private final AuthorizeUseCase authorize;

    ImportPages(Pages pages, PageCsrf csrf, ImportSsda903UseCase imports, ExportSsda903UseCase exports, Clock clock,
                AuthorizeUseCase authorize) {
        this.authorize = authorize;
        this.pages = pages;
        this.csrf = csrf;
        this.imports = imports;
        this.exports = exports;
        this.clock = clock;
    }

    /**
     * The form is only read, so it is guarded by reading the authority plus the question the import's own permission
     * asks: {@code IMPORT_SSDA903} on a {@code GET} would audit an import that never was.
     */
    @Get("/imports/new")
    @Permits(Action.READ_AUTHORITY)
    HttpResponse<?> form(@PathVariable @Id String authority, HttpRequest<?> request) {
        mayImport(request, authority);
        return form(request, authority, FormErrors.NONE, List.of(), HttpStatus.OK);
    }

    /**
     * The parts go to temporary files first, as the API's import does: the import reads each file more than once,
     * row by row, and the files are deleted once it is done.
     */
    @Post(value = "/imports/new", consumes = MediaType.MULTIPART_FORM_DATA)
    @Permits(Action.IMPORT_SSDA903)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> upload(@PathVariable @Id String authority,
                           @Part("csrf") @Nullable String token,
                           @Part("header") @Nullable CompletedFileUpload header,
                           @Part("episodes") @Nullable CompletedFileUpload episodes,
                           @Part("reviews") @Nullable CompletedFileUpload reviews,
                           @Part("uasc") @Nullable CompletedFileUpload uasc,
                           HttpRequest<?> request) {
        csrf.check(request, token);
        Map<String, CompletedFileUpload> given = new LinkedHashMap<>();
        given.put("header", chosen(header));
        given.put("episodes", chosen(episodes));
        given.put("reviews", chosen(reviews));
        given.put("uasc", chosen(uasc));
        List<FieldError> missing = new ArrayList<>();
        for (ImportViews.ImportFile file : FILES) {
            if (file.required() && given.get(file.part()) == null) {
                missing.add(new FieldError(file.part(), "Select the " + file.label().toLowerCase()
                        + " of the return"));
            }
        }
        request.setAttribute(POSTED, authority);
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        try (UploadedReturn upload = new UploadedReturn()) {
            ImportSsda903UseCase.Imported imported = imports.importFiles(AuthorityCode.of(authority),
                    upload.files(given.get("header"), given.get("episodes"), given.get("reviews"), given.get("uasc")));
            ImportSsda903UseCase.Counts c = imported.children();
            ImportSsda903UseCase.Counts p = imported.periods();
            ImportSsda903UseCase.Counts pl = imported.placements();
            ImportSsda903UseCase.Counts r = imported.reviews();
            return Pages.seeOther("/authorities/" + authority + "/imports/done?children=" + counts(c) + "&periods="
                    + counts(p) + "&placements=" + counts(pl) + "&reviews=" + counts(r));
        }
    }

    /**
     * The files had problems: the form again with every problem listed; nothing was written (the exception leaves
     * the request's transaction, as the API's refusal does, so not even the audit trail records an import).
     */
    @Error(exception = ImportRefused.class)
    HttpResponse<?> refused(HttpRequest<?> request, ImportRefused refused) {
        String authority = request.getAttribute(POSTED, String.class).orElseThrow(() -> refused);
        return form(request, authority, FormErrors.NONE, refused.problems(), HttpStatus.BAD_REQUEST);
    }

    /** A file the import needs was not chosen: the form again, each missing file named; nothing was written. */
    @Error(exception = InvalidInput.class)
    HttpResponse<?> missing(HttpRequest<?> request, InvalidInput e) {
        String authority = request.getAttribute(POSTED, String.class).orElseThrow(() -> e);
        Map<String, String> byField = new LinkedHashMap<>();
        e.errors().forEach(error -> byField.putIfAbsent(error.field(), error.message()));
        return form(request, authority, new FormErrors(byField), List.of(), HttpStatus.BAD_REQUEST);
    }

    /**
     * The confirmation after an import: the counts travel in the address (they are not personal data), so that the
     * page can be reloaded without loading the files again.
     */
    @Get("/imports/done")
    @Permits(Action.READ_AUTHORITY)
    HttpResponse<?> done(@PathVariable @Id String authority,
                         @QueryValue @Nullable String children, @QueryValue @Nullable String periods,
                         @QueryValue @Nullable String placements, @QueryValue @Nullable String reviews,
                         HttpRequest<?> request) {
        mayImport(request, authority);
        List<ImportViews.Loaded> loaded = List.of(loaded("Children", children), loaded("Periods of care", periods),
                loaded("Placements", placements), loaded("Reviews", reviews));
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("loaded", loaded);
        return pages.render("importDone", pages.layout(request, authority, "Return imported"), model, request);
    }

    @Get("/exports")
    @Permits(Action.EXPORT_SSDA903)
    HttpResponse<?> exports(@PathVariable @Id String authority, HttpRequest<?> request) {
        return exportsPage(request, authority, FormErrors.NONE, HttpStatus.OK);
    }

    /**
     * The reviews table of the return, as the API's export answers it, for the browser to save; a year that is not
     * one (the form offers only years) comes back as the form with the error said.
     */
    @Get(value = "/exports/ssda903/reviews", produces = {"text/csv", MediaType.TEXT_HTML})
    @Permits(Action.EXPORT_SSDA903)
    HttpResponse<?> reviews(@PathVariable @Id String authority, @QueryValue @Nullable String year,
                            HttpRequest<?> request) {
        if (year == null || !year.matches("20[0-9]{2}")) {
            return exportsPage(request, authority, FormErrors.of("year", "Choose the collection year, such as"
                    + " 2023 to 2024"), HttpStatus.BAD_REQUEST);
        }
        return HttpResponse.ok(exports.reviewsTable(AuthorityCode.of(authority),
                        new CollectionYear(Integer.parseInt(year))))
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"reviews-" + authority + "-" + year + ".csv\"")
                .header("Cache-Control", Pages.NO_STORE);
    }

    private HttpResponse<?> exportsPage(HttpRequest<?> request, String authority, FormErrors errors,
                                        HttpStatus status) {
        CollectionYear latest = CollectionYear.containing(LocalDate.now(clock));
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < EXPORT_YEARS; i++) {
            years.add(latest.endYear() - i);
        }
        return pages.render(status, "exports", pages.layout(request, authority, "Exports", errors),
                Map.of("authority", authority, "years", years, "selected", latest.endYear() - 1,
                "errors", errors), request);
    }

    private void mayImport(HttpRequest<?> request, String authority) {
        authorize.authorize(pages.caller(request), AuthorityCode.of(authority), Action.IMPORT_SSDA903,
                Optional.empty());
    }

    private HttpResponse<?> form(HttpRequest<?> request, String authority, FormErrors errors,
                                 List<ImportProblem> problems, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("files", FILES);
        model.put("errors", errors);
        model.put("problems", problems);
        String title = "Import the SSDA903 return";
        return pages.render(status, "importNew", pages.layout(request, authority, title,
                errors.any() || !problems.isEmpty()), model, request);
    }

    /** A file input left empty still sends its part, with no name and no bytes: that is no file chosen. */
    private static CompletedFileUpload chosen(CompletedFileUpload upload) {
        if (upload == null || ((upload.getFilename() == null || upload.getFilename().isBlank())
                && upload.getSize() == 0)) {
            return null;
        }
        return upload;
    }

    private static String counts(ImportSsda903UseCase.Counts counts) {
        return counts.created() + "." + counts.changed() + "." + counts.unchanged();
    }

    private static ImportViews.Loaded loaded(String what, String counts) {
        int[] n = {0, 0, 0};
        if (counts != null && counts.matches("[0-9]{1,9}\\.[0-9]{1,9}\\.[0-9]{1,9}")) {
            String[] parts = counts.split("\\.");
            for (int i = 0; i < 3; i++) {
                n[i] = Integer.parseInt(parts[i]);
            }
        }
        return new ImportViews.Loaded(what, n[0], n[1], n[2]);
    }

}
