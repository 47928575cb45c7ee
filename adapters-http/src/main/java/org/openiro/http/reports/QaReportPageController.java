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
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Id;
import org.openiro.http.input.InCalendar;
import org.openiro.http.security.Permits;
import org.openiro.quality.port.in.QaReportUseCase;
import org.openiro.reporting.ReportPeriod;

/**
 * {@code GET /authorities/{a}/reports/qa?from=&to=&team=}: the monthly QA report as a page, the API's printable page
 * at the pages' own address. Without {@code from} and {@code to} it shows this financial year up to the end of the
 * last complete month (in April, the whole of the year just ended), month by month, as a manager takes it to the
 * teams' monthly meetings.
 */
@Hidden
@Controller("/authorities/{authority}/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Validated
class QaReportPageController {

    private final QaReportUseCase report;
    private final Clock clock;

    QaReportPageController(QaReportUseCase report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @Get(value = "/qa", produces = MediaType.TEXT_HTML)
    @Permits(Action.READ_REPORTS)
    HttpResponse<String> page(@PathVariable @Id String authority,
                              @QueryValue @Nullable @InCalendar LocalDate from,
                              @QueryValue @Nullable @InCalendar LocalDate to,
                              @QueryValue @Nullable @Size(min = 1, max = 200) String team) {
        ReportPeriod period = from == null && to == null ? yearToDate(LocalDate.now(clock))
                : new ReportPeriod(from, to);
        ReportPeriod lastYear = FinancialYear.lastComplete(LocalDate.now(clock));
        List<ReportPage.Link> others = period.equals(lastYear) ? List.of() : List.of(new ReportPage.Link(
                ReportPage.shortRange(lastYear.from(), lastYear.to()), "/authorities/" + authority
                + "/reports/qa?from=" + lastYear.from() + "&to=" + lastYear.to()));
        return HttpResponse.ok(ReportPage.of(report.report(AuthorityCode.of(authority), period, team),
                        QaReportController.PAGE, others))
                .contentType(MediaType.TEXT_HTML + "; charset=utf-8").header("Cache-Control", "no-store");
    }

    /** From 1 April to the end of the last complete month, in the financial year that month ends in. */
    static ReportPeriod yearToDate(LocalDate today) {
        LocalDate lastMonthEnd = today.withDayOfMonth(1).minusDays(1);
        return new ReportPeriod(FinancialYear.containing(lastMonthEnd).from(), lastMonthEnd);
    }
}
