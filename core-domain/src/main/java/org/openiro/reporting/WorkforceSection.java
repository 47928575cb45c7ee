package org.openiro.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.port.out.WorkforceCounts;
import org.openiro.workforce.CaseloadBand;
import org.openiro.workforce.Iro;
import org.openiro.workforce.port.out.WorkforceRepository;

/**
 * reports.md, "Workforce": the IROs working at the period's end, their looked-after caseloads against the policy band
 * scaled by FTE (fostering IROs left out) with the care leavers they hold beside them, and continuity for the
 * children.
 */
final class WorkforceSection {

    static final String SECTION = "workforce";

    private final WorkforceRepository workforce;
    private final WorkforceCounts counts;

    WorkforceSection(WorkforceRepository workforce, WorkforceCounts counts) {
        this.workforce = workforce;
        this.counts = counts;
    }

    List<Figure> figures(Authority authority, ReportPeriod period) {
        AuthorityCode code = authority.code();
        List<Figure> figures = new ArrayList<>();
        List<Iro> working = workforce.iros(code).stream().filter(iro -> iro.worksOn(period.to())).toList();
        figures.add(Figure.count(SECTION, "iros-headcount", null, working.size()));
        figures.add(new Figure(SECTION, "iros-fte", null, fte(working), null, null, null));
        for (String employment : new TreeSet<>(Iro.EMPLOYMENT)) {
            List<Iro> employed = working.stream().filter(iro -> iro.employment().equals(employment)).toList();
            figures.add(Figure.count(SECTION, "iros-headcount", "employment:" + employment, employed.size()));
            figures.add(new Figure(SECTION, "iros-fte", "employment:" + employment, fte(employed), null, null, null));
        }

        WorkforceCounts.Caseloads allocated = counts.caseloadsOn(code, period.to());
        Map<String, Long> caseloads = allocated.lookedAfter();
        List<Iro> caseholders = working.stream().filter(Iro::holdsLookedAfterCaseload).toList();
        long children = 0;
        long overBand = 0;
        for (Iro iro : caseholders) {
            long caseload = caseloads.getOrDefault(iro.id(), 0L);
            children += caseload;
            overBand += CaseloadBand.forFte(authority.policy(), iro.fte()).isAbove(caseload) ? 1 : 0;
            figures.add(Figure.count(SECTION, "caseload", "iro:" + iro.id(), caseload));
        }
        figures.add(Figure.count(SECTION, "caseload", null, children));
        // reports.md: care leavers are reported beside the caseload, not in it.
        Map<String, Long> careLeavers = allocated.careLeavers();
        for (Iro iro : caseholders) {
            figures.add(Figure.count(SECTION, "caseload-care-leavers", "iro:" + iro.id(),
                    careLeavers.getOrDefault(iro.id(), 0L)));
        }
        figures.add(Figure.count(SECTION, "caseload-care-leavers", null, caseholders.stream()
                .mapToLong(iro -> careLeavers.getOrDefault(iro.id(), 0L)).sum()));
        double caseholdingFte = fte(caseholders);
        figures.add(new Figure(SECTION, "caseload-per-fte", null,
                caseholdingFte == 0 ? null : Math.round(children / caseholdingFte * 10) / 10.0, null, null,
                null));
        figures.add(Figure.count(SECTION, "iros-over-band", null, overBand));
        figures.add(Figure.count(SECTION, "children-with-iro-change", null, counts.childrenWithIroChange(code, period)));
        figures.add(Figure.count(SECTION, "iro-changes", null, counts.iroChanges(code, period)));
        return figures;
    }

    private static double fte(List<Iro> iros) {
        return Math.round(iros.stream().mapToDouble(Iro::fte).sum() * 100) / 100.0;
    }
}
