package org.openiro.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.reporting.port.in.ServiceReportUseCase;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.reporting.port.out.ByPeriod;
import org.openiro.reporting.port.out.ChildrenCounts;
import org.openiro.reporting.port.out.DisputeCounts;
import org.openiro.reporting.port.out.ParticipationCounts;
import org.openiro.reporting.port.out.ReviewCounts;
import org.openiro.reporting.port.out.WorkforceCounts;
import org.openiro.shared.UnitOfWork;
import org.openiro.shared.port.out.Background;
import org.openiro.workforce.port.out.WorkforceRepository;

/**
 * The IRO service report: each section's figures for the period and for the previous one. The counts of both periods
 * are read together where the database can answer both in one pass, and the sections are read in two halves at once,
 * since the database can answer two reads at a time: on PostgreSQL the two halves' transactions share one snapshot
 * ({@link UnitOfWork#readTogether}), so that every figure counts the data as it stood at one moment.
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
    /** Reads half the sections beside the other half. */
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
        return report(code, period, (authority, now, before) -> unitOfWork.inTransaction(
                () -> reviews.figures(authority, now, before)));
    }

    /** Figures of a period and of the previous one, for an authority. */
    private interface BothPeriods {
        ByPeriod<List<Figure>> figures(Authority authority, ReportPeriod period, ReportPeriod previous);
    }

    private ServiceReport report(AuthorityCode code, ReportPeriod period, BothPeriods figures) {
        Authority authority = unitOfWork.inTransaction(() -> authorities.require(code));
        ReportPeriod previous = period.previous();
        ByPeriod<List<Figure>> both = figures.figures(authority, period, previous);
        List<Figure> now = both.current();
        List<Figure> then = both.previous();
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

    /**
     * Both periods' figures, each count read once for the two (docs/benchmarks.md, {@code report}, issue 23's sixth
     * step): the children and the reviews on a thread of their own, the rest beside them, so that the database still
     * answers two reads at a time, as it did when each period had a thread. Their statements' time was about even.
     */
    private ByPeriod<List<Figure>> figures(Authority authority, ReportPeriod period, ReportPeriod previous) {
        UnitOfWork.Both<ByPeriod<List<Figure>>, ByPeriod<List<Figure>>> both = unitOfWork.readTogether(background,
                "report-children-and-reviews",
                () -> joined(new ByPeriod<>(children.figures(authority, period), children.figures(authority, previous)),
                        reviews.figures(authority, period, previous)),
                () -> joined(participation.figures(authority, period, previous),
                        disputes.figures(authority, period, previous),
                        new ByPeriod<>(workforce.figures(authority, period), workforce.figures(authority, previous))));
        return joined(both.beside(), both.here());
    }

    /** Each period's figures one section after another, in the order given. */
    @SafeVarargs
    private static ByPeriod<List<Figure>> joined(ByPeriod<List<Figure>>... sections) {
        List<Figure> now = new ArrayList<>();
        List<Figure> then = new ArrayList<>();
        for (ByPeriod<List<Figure>> section : sections) {
            now.addAll(section.current());
            then.addAll(section.previous());
        }
        return new ByPeriod<>(now, then);
    }
}
