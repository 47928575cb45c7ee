package org.openiro.http.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.openiro.reporting.ServiceReport;

/** reports.md, "Formats", JSON: the report as other systems read it. */
@Serdeable
record ServiceReportView(String authority, String authorityName, LocalDate from, LocalDate to, LocalDate previousFrom,
                         LocalDate previousTo, List<SectionView> sections) {

    @Serdeable
    record SectionView(String id, String title, List<FigureView> figures) {
    }

    @Serdeable
    record FigureView(String id, String title, @Nullable String breakdown, @Nullable Double value,
                      @Nullable Double previousValue, @Nullable Long numerator, @Nullable Long denominator,
                      @Nullable Double target) {
    }

    static ServiceReportView of(ServiceReport report) {
        return new ServiceReportView(report.authority().value(), report.authorityName(), report.period().from(),
                report.period().to(), report.previous().from(), report.previous().to(),
                report.sections().stream().map(s -> new SectionView(s.id(), s.title(), s.figures().stream()
                        .map(f -> new FigureView(f.id(), f.title(), f.breakdown(), f.value(), f.previousValue(),
                                f.numerator(), f.denominator(), f.target())).toList())).toList());
    }
}
