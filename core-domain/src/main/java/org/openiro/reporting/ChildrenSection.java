package org.openiro.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.PolicyPresets;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.reporting.port.out.ChildrenCounts;
import org.openiro.reporting.port.out.ChildrenCounts.Ceased;
import org.openiro.reporting.port.out.ChildrenCounts.Breakdown;
import org.openiro.reporting.port.out.ChildrenCounts.LookedAfter;
import org.openiro.reporting.port.out.ChildrenCounts.Started;
import org.openiro.reporting.port.out.ChildrenCounts.StartedAndCeased;

/** reports.md, "Children looked after", figure by figure. */
final class ChildrenSection {

    static final String SECTION = "children-looked-after";

    /** Age bands at the period's end: under 1, 1–4, 5–9, 10–15, 16–17 (ages are whole years on the day). */
    static final List<Integer> AGE_BAND_UPPER_BOUNDS = List.of(1, 5, 10, 16);
    static final List<String> AGE_BANDS = List.of("under-1", "1-4", "5-9", "10-15", "16-17");

    /**
     * Unregulated or unregistered placements ({@link PolicyPresets#UNREGULATED_PLACEMENT_TYPES}), whatever an
     * authority's policy reviews more often; an authority's own list is counted too.
     */
    static final Set<String> UNREGULATED = Set.copyOf(PolicyPresets.UNREGULATED_PLACEMENT_TYPES);

    /** Why care ended, in the groups of reports.md; turning 18 comes first, whatever the code. */
    static String ceasedReason(Ceased ceased) {
        if (ceased.eighteenOrOver()) {
            return "turned-18";
        }
        return switch (ceased.reason() == null ? "" : ceased.reason()) {
            case "E4A", "E4B", "E13" -> "returned-home";
            case "E11", "E12" -> "adopted";
            case "E45", "E46", "E47", "E48" -> "special-guardianship-order";
            case "E41" -> "child-arrangements-order";
            case "E5", "E6" -> "independent-living";
            default -> "other";
        };
    }

    static final List<String> CEASED_REASONS = List.of("turned-18", "returned-home", "adopted",
            "special-guardianship-order", "child-arrangements-order", "independent-living", "other");

    private final ChildrenCounts counts;

    ChildrenSection(ChildrenCounts counts) {
        this.counts = counts;
    }

    /**
     * Children looked after at the period's start and end, left out where every episode of theirs in the period is a
     * short break: judged over this period, so the previous period's count of its last day (this one's start) is of
     * its own children and not shared.
     */
    List<Figure> figures(Authority authority, ReportPeriod period) {
        AuthorityCode code = authority.code();
        List<Figure> figures = new ArrayList<>();
        LookedAfter lookedAfter = counts.lookedAfter(code, period, AGE_BAND_UPPER_BOUNDS);
        Breakdown atEnd = lookedAfter.atEnd();
        long end = atEnd.children();
        figures.add(Figure.count(SECTION, "looked-after-at-start", null, lookedAfter.atStart()));
        figures.add(Figure.count(SECTION, "looked-after-at-end", null, end));

        StartedAndCeased moved = counts.startedAndCeased(code, period);
        Started started = moved.started();
        figures.add(Figure.count(SECTION, "started", null, started.periods()));
        figures.add(Figure.count(SECTION, "started", "unit:children", started.children()));
        figures.add(Figure.count(SECTION, "started-uasc", null, started.uasc()));

        Map<Ceased, Long> ceased = moved.ceased();
        figures.add(Figure.count(SECTION, "ceased", null, ceased.values().stream().mapToLong(Long::longValue).sum()));
        Map<String, Long> byReason = new TreeMap<>();
        ceased.forEach((c, n) -> byReason.merge(ceasedReason(c), n, Long::sum));
        for (String reason : CEASED_REASONS) {
            figures.add(Figure.count(SECTION, "ceased", "reason:" + reason, byReason.getOrDefault(reason, 0L)));
        }
        figures.add(Figure.count(SECTION, "ceased-uasc", null,
                ceased.entrySet().stream().filter(e -> e.getKey().uasc()).mapToLong(Map.Entry::getValue).sum()));

        for (Gender gender : Gender.values()) {
            figures.add(Figure.count(SECTION, "by-gender", "gender:" + gender.id(),
                    atEnd.byGender().getOrDefault(gender.id(), 0L)));
        }
        for (int band = 0; band < AGE_BANDS.size(); band++) {
            figures.add(Figure.count(SECTION, "by-age", "age:" + AGE_BANDS.get(band),
                    atEnd.byAgeBand().getOrDefault(band, 0L)));
        }
        for (Ethnicity.Group group : Ethnicity.Group.values()) {
            figures.add(Figure.count(SECTION, "by-ethnicity", "ethnicity:" + group.id(),
                    total(atEnd.byEthnicity(), ethnicity -> Ethnicity.valueOf(ethnicity).group() == group)));
        }
        breakdown(figures, "legal-status-at-end", "legal-status:", byName(atEnd.byLegalStatus()));
        breakdown(figures, "legal-status-at-entry", "legal-status:",
                new TreeMap<>(moved.legalStatusAtEntry()));

        long known = atEnd.placedOver20Miles() + atEnd.placedWithin20Miles();
        figures.add(Figure.share(SECTION, "over-20-miles", null, atEnd.placedOver20Miles(), known, null));
        figures.add(Figure.count(SECTION, "over-20-miles-not-known", null, end - known));
        Set<String> policyList = Set.copyOf(authority.policy().unregulated().placementTypes());
        figures.add(Figure.count(SECTION, "unregulated", null, total(atEnd.byPlacementType(),
                type -> type != null && (UNREGULATED.contains(type) || policyList.contains(type)))));
        figures.add(Figure.count(SECTION, "care-leavers", null, counts.careLeaversSupported(code, period)));
        authority.population().ifPresent(population -> figures.add(new Figure(SECTION, "rate-per-10000", null,
                Math.round(end * 10_000.0 / population * 10) / 10.0, null, null, null)));
        return figures;
    }

    /** The children whose value (null: none recorded) passes the test. */
    private static long total(Map<String, Long> byValue, Predicate<String> which) {
        return byValue.entrySet().stream().filter(e -> which.test(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    /** In the order of their names; none recorded is named "null", as it always has been in the report. */
    private static Map<String, Long> byName(Map<String, Long> byValue) {
        Map<String, Long> named = new TreeMap<>();
        byValue.forEach((value, n) -> named.merge(String.valueOf(value), n, Long::sum));
        return named;
    }

    private static void breakdown(List<Figure> figures, String id, String dimension, Map<String, Long> counts) {
        figures.add(Figure.count(SECTION, id, null, counts.values().stream().mapToLong(Long::longValue).sum()));
        counts.forEach((value, n) -> figures.add(Figure.count(SECTION, id, dimension + value, n)));
    }
}
