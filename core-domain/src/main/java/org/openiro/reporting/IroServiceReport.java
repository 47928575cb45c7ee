package org.openiro.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.reporting.port.in.ServiceReportUseCase;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.reporting.port.out.ChildrenCounts;
import org.openiro.reporting.port.out.DisputeCounts;
import org.openiro.reporting.port.out.ParticipationCounts;
import org.openiro.reporting.port.out.ReviewCounts;
import org.openiro.reporting.port.out.WorkforceCounts;
import org.openiro.shared.UnitOfWork;
import org.openiro.shared.port.out.Background;
import org.openiro.workforce.port.out.WorkforceRepository;

/**
 * The IRO service report: each section's figures for the period and for the previous one. The two periods are counted
 * at once, each in a read of its own, since a report is some eighty aggregate queries and the database can answer two
 * at a time; under PostgreSQL's READ COMMITTED one transaction would not have given them one snapshot either.
 */
public final class IroServiceReport implements ServiceReportUseCase {

    private static final List<String> SECTION_ORDER = List.of("children-looked-after", "reviews", "participation",
            "dispute-resolution", "workforce");
    private final AuthorityRepository authorities;
    private final ChildrenSection children;
    private final ReviewsSection reviews;
    private final DisputeSection disputes;
    private final WorkforceSection workforce;
    private final ParticipationReport participation;
    private final UnitOfWork unitOfWork;
    /** Counts the previous period beside the current one. */
    private final Background background;

    public IroServiceReport(AuthorityRepository authorities, ChildrenCounts childrenCounts, ReviewCounts reviewCounts,
                            ParticipationCounts participationCounts, DisputeCounts disputeCounts,
                            WorkforceRepository iros, WorkforceCounts workforceCounts, WorkingDayCalendar calendar,
                            UnitOfWork unitOfWork, Background background) {
        this.authorities = authorities;
        this.children = new ChildrenSection(childrenCounts);
        this.reviews = new ReviewsSection(reviewCounts);
        this.disputes = new DisputeSection(disputeCounts, calendar);
        this.workforce = new WorkforceSection(iros, workforceCounts);
        this.participation = new ParticipationReport(authorities, participationCounts, unitOfWork);
        this.unitOfWork = unitOfWork;
        this.background = background;
    }

    @Override
    public ServiceReport report(AuthorityCode code, ReportPeriod period) {
        return report(code, period, this::figures);
    }

    @Override
    public ServiceReport reviews(AuthorityCode code, ReportPeriod period) {
        return report(code, period, reviews::figures);
    }

    private ServiceReport report(AuthorityCode code, ReportPeriod period,
                                 BiFunction<Authority, ReportPeriod, List<Figure>> figures) {
        Authority authority = unitOfWork.inTransaction(() -> authorities.require(code));
        ReportPeriod previous = period.previous();
        Background.Task<List<Figure>> before = background.start("report-previous-period",
                () -> unitOfWork.inTransaction(() -> figures.apply(authority, previous)));
        List<Figure> now = unitOfWork.inTransaction(() -> figures.apply(authority, period));
        List<Figure> then = before.join();
        Map<String, List<ServiceReport.Line>> bySection = SideBySide.lines(period, now, previous, then);
        List<ServiceReport.Section> sections = new ArrayList<>();
        for (String id : SECTION_ORDER) {
            List<ServiceReport.Line> lines = bySection.getOrDefault(id, List.of());
            if (!lines.isEmpty()) {
                sections.add(new ServiceReport.Section(id, FigureTitles.section(id), List.copyOf(lines)));
            }
        }
        return new ServiceReport(code, authority.name(), period, previous, List.copyOf(sections));
    }

    private List<Figure> figures(Authority authority, ReportPeriod period) {
        List<Figure> figures = new ArrayList<>(children.figures(authority, period));
        figures.addAll(reviews.figures(authority, period));
        figures.addAll(participation.figures(authority, period));
        figures.addAll(disputes.figures(authority, period));
        figures.addAll(workforce.figures(authority, period));
        return figures;
    }
}
