package org.openiro.http.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.Ids;
import org.openiro.http.security.Permits;
import org.openiro.reporting.Figure;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.in.ParticipationReportUseCase;

/**
 * {@code GET /api/authorities/{a}/reports/participation?from=&to=}: the participation and advocacy figures, until the
 * whole IRO service report arrives.
 */
@Controller("/api/authorities/{authority}/reports")
@Validated
class ReportsController {

    private final ParticipationReportUseCase participation;

    ReportsController(ParticipationReportUseCase participation) {
        this.participation = participation;
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
    ParticipationView participation(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String authority,
                                    @QueryValue @NotNull LocalDate from, @QueryValue @NotNull LocalDate to) {
        ReportPeriod period = new ReportPeriod(from, to);
        return new ParticipationView(authority, from, to, participation.participation(AuthorityCode.of(authority),
                period).stream().map(FigureView::of).toList());
    }
}
