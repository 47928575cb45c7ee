package org.openiro.http.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.validation.Validated;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Id;
import org.openiro.http.input.InCalendar;
import org.openiro.http.security.Permits;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.ServiceReport;
import org.openiro.reporting.port.in.ServiceReportUseCase;

/**
 * {@code GET /authorities/{a}/reports/iro-service?from=&to=}: the service report as a page, for a browser (the path
 * mirrors the API's without {@code /api}). Without {@code from} and {@code to} it shows the last complete financial
 * year, the period a board's annual report covers; one without the other is refused, naming the one missing. The
 * same people may open it as may read the JSON (managers and viewers), and it is never cached: it is about children.
 */
@Hidden
@Controller("/authorities/{authority}/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Validated
class ReportPageController {

    /** How many earlier financial years the page links to. */
    private static final int OTHER_YEARS = 4;

    private final ServiceReportUseCase serviceReport;
    private final Clock clock;

    ReportPageController(ServiceReportUseCase serviceReport, Clock clock) {
        this.serviceReport = serviceReport;
        this.clock = clock;
    }

    @Get(value = "/iro-service", produces = MediaType.TEXT_HTML)
    @Permits(Action.READ_REPORTS)
    HttpResponse<String> page(@PathVariable @Id String authority,
                              @QueryValue @Nullable @InCalendar LocalDate from, @QueryValue @Nullable @InCalendar LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod period = from == null && to == null ? FinancialYear.lastComplete(today) : new ReportPeriod(from, to);
        ServiceReport report = serviceReport.report(AuthorityCode.of(authority), period);
        return HttpResponse.ok(ReportPage.of(report, ReportPage.SERVICE_REPORT, otherYears(authority, today, period)))
                .contentType(MediaType.TEXT_HTML + "; charset=utf-8").header("Cache-Control", "no-store");
    }

    /** The last complete financial years, but the one shown. */
    private static List<ReportPage.Link> otherYears(String authority, LocalDate today, ReportPeriod shown) {
        List<ReportPage.Link> links = new ArrayList<>();
        ReportPeriod year = FinancialYear.lastComplete(today);
        for (int i = 0; i <= OTHER_YEARS && links.size() < OTHER_YEARS; i++) {
            if (!year.equals(shown)) {
                links.add(new ReportPage.Link(ReportPage.shortRange(year.from(), year.to()),
                        "/authorities/" + authority + "/reports/iro-service?from=" + year.from() + "&to=" + year.to()));
            }
            year = FinancialYear.containing(year.from().minusDays(1));
        }
        return links;
    }
}
