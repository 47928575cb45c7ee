package org.openiro.http.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.validation.Validated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Id;
import org.openiro.http.input.InCalendar;
import org.openiro.http.security.Permits;
import org.openiro.quality.QaTemplate;
import org.openiro.quality.port.in.QaReportUseCase;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.ServiceReport;

/**
 * {@code GET /api/authorities/{a}/reports/qa?from=&to=&team=}: the monthly QA report, in the service report's shape
 * and formats (JSON, or by {@code Accept} CSV or a printable page).
 */
@Controller("/api/authorities/{authority}/reports")
@Validated
class QaReportController {

    /** The forms' timeliness month by month, and each question's answers. */
    static final ReportPage.Layout PAGE = new ReportPage.Layout("Quality assurance report",
            section -> section.id().equals(QaTemplate.FORMS_SECTION) ? List.of("completed-in-timescale:month")
                    : List.of(ReportPage.EACH_WHOLE_FIGURE));

    private final QaReportUseCase report;

    QaReportController(QaReportUseCase report) {
        this.report = report;
    }

    @Get(value = "/qa", produces = {MediaType.APPLICATION_JSON, ReportsController.CSV, MediaType.TEXT_HTML})
    @Permits(Action.READ_REPORTS)
    HttpResponse<?> qa(@PathVariable @Id String authority,
                       @QueryValue @NotNull @InCalendar LocalDate from,
                       @QueryValue @NotNull @InCalendar LocalDate to,
                       @QueryValue @Nullable @Size(min = 1, max = 200) String team, HttpRequest<?> request) {
        ServiceReport qa = report.report(AuthorityCode.of(authority), new ReportPeriod(from, to), team);
        return ReportsController.formatted(qa, request, "qa-" + authority + "-" + from + "-" + to, PAGE);
    }
}
