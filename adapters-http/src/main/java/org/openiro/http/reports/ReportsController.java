package org.openiro.http.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Id;
import org.openiro.http.input.InCalendar;
import org.openiro.http.security.Permits;
import org.openiro.reporting.Figure;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.ServiceReport;
import org.openiro.reporting.port.in.ParticipationReportUseCase;
import org.openiro.reporting.port.in.ServiceReportUseCase;

/**
 * {@code GET /api/authorities/{a}/reports/iro-service?from=&to=}: the IRO service report, as JSON or, by
 * {@code Accept}, CSV or a printable HTML page; and {@code …/reports/participation}, the participation and advocacy
 * figures alone.
 */
@Controller("/api/authorities/{authority}/reports")
@Validated
class ReportsController {

    static final String CSV = "text/csv";

    private final ParticipationReportUseCase participation;
    private final ServiceReportUseCase serviceReport;

    ReportsController(ParticipationReportUseCase participation, ServiceReportUseCase serviceReport) {
        this.participation = participation;
        this.serviceReport = serviceReport;
    }

    @Get(value = "/iro-service", produces = {MediaType.APPLICATION_JSON, CSV, MediaType.TEXT_HTML})
    @Permits(Action.READ_REPORTS)
    HttpResponse<?> iroService(@PathVariable @Id String authority,
                               @QueryValue @NotNull @InCalendar LocalDate from,
                                    @QueryValue @NotNull @InCalendar LocalDate to,
                               HttpRequest<?> request) {
        ServiceReport report = serviceReport.report(AuthorityCode.of(authority), new ReportPeriod(from, to));
        return formatted(report, request, "iro-service-" + authority + "-" + from + "-" + to,
                ReportPage.SERVICE_REPORT);
    }

    /** A report in the format asked for: CSV as a download named {@code fileName}, the printable page, or JSON. */
    static HttpResponse<?> formatted(ServiceReport report, HttpRequest<?> request, String fileName,
                                     ReportPage.Layout page) {
        if (accepts(request, CSV)) {
            return HttpResponse.ok(ServiceReportCsv.of(report)).contentType(CSV + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"");
        }
        if (accepts(request, MediaType.TEXT_HTML)) {
            return HttpResponse.ok(ReportPage.of(report, page))
                    .contentType(MediaType.TEXT_HTML + "; charset=utf-8");
        }
        return HttpResponse.ok(ServiceReportView.of(report)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /**
     * CSV or HTML only when asked for by name (a browser names HTML): a client that accepts anything gets JSON, as
     * other systems expect.
     */
    private static boolean accepts(HttpRequest<?> request, String type) {
        return request.accept().stream().anyMatch(accepted -> accepted.getName().equalsIgnoreCase(type));
    }

    @Serdeable
    record FigureView(String id, @Nullable String breakdown, @Nullable Double value, @Nullable Long numerator,
                      @Nullable Long denominator, @Nullable Double target) {
        static FigureView of(Figure f) {
            return new FigureView(f.id(), f.breakdown(), f.value(), f.numerator(), f.denominator(), f.target());
        }
    }

    @Serdeable
    record ParticipationView(String authority, LocalDate from, LocalDate to, List<FigureView> figures) {
    }

    @Get("/participation")
    @Permits(Action.READ_REPORTS)
    ParticipationView participation(@PathVariable @Id String authority,
                                    @QueryValue @NotNull @InCalendar LocalDate from,
                                    @QueryValue @NotNull @InCalendar LocalDate to) {
        ReportPeriod period = new ReportPeriod(from, to);
        return new ParticipationView(authority, from, to, participation.participation(AuthorityCode.of(authority),
                period).stream().map(FigureView::of).toList());
    }
}
