package org.openiro.reporting;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Each figure of the period beside the same figure of the previous period (reports.md, "Formats"), matched by section,
 * id and breakdown; a month of a monthly series is matched with the month as far into the previous period.
 *
 * <p>A breakdown only one of the two periods has is 0 in the other, not missing: an IRO who has left since, or a
 * legal status nobody now holds, keeps a row with last year's figure beside this year's 0, next to the other rows of
 * its figure. A share with nothing to divide is null. A month only the previous period has is left out: the series
 * is of this period's months.
 */
public final class SideBySide {

    private static final String MONTH = "month:";

    private SideBySide() {
    }

    private record Pair(Figure now, Figure before) {
    }

    /** The lines of each section, in the order the sections' figures first come in {@code now}. */
    static Map<String, List<ServiceReport.Line>> lines(ReportPeriod period, List<Figure> now, ReportPeriod previous,
                                                       List<Figure> before) {
        return lines(period, now, previous, before, figure -> FigureTitles.figure(figure.id()));
    }

    /** As above, for a report whose figures are titled its own way (the QA report's are its questions' answers). */
    public static Map<String, List<ServiceReport.Line>> lines(ReportPeriod period, List<Figure> now,
                                                              ReportPeriod previous, List<Figure> before,
                                                              Function<Figure, String> title) {
        Map<String, Figure> then = new HashMap<>();
        for (Figure figure : before) {
            then.put(key(figure, previous), figure);
        }
        List<Pair> pairs = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (Figure figure : now) {
            String key = key(figure, period);
            shown.add(key);
            Figure earlier = then.get(key);
            pairs.add(new Pair(figure, earlier == null ? nothing(figure) : earlier));
        }
        for (Figure earlier : before) {
            boolean month = earlier.breakdown() != null && earlier.breakdown().startsWith(MONTH);
            if (!month && !shown.contains(key(earlier, previous))) {
                pairs.add(placeFor(pairs, earlier), new Pair(nothing(earlier), earlier));
            }
        }
        Map<String, List<ServiceReport.Line>> bySection = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            Figure figure = pair.now();
            bySection.computeIfAbsent(figure.section(), s -> new ArrayList<>()).add(new ServiceReport.Line(figure.id(),
                    title.apply(figure), figure.breakdown(), figure.value(), pair.before().value(),
                    figure.numerator(), figure.denominator(), figure.target()));
        }
        return bySection;
    }

    /** The same figure with nothing counted: a count of 0, or a share of 0 out of 0. */
    private static Figure nothing(Figure like) {
        return like.denominator() != null
                ? Figure.share(like.section(), like.id(), like.breakdown(), 0, 0, like.target())
                : new Figure(like.section(), like.id(), like.breakdown(), 0.0, null, null, like.target());
    }

    /**
     * Just after the last line of the same figure broken down the same way (a left IRO after the other IROs), else
     * after the figure's last line, else at the end of its section, else at the end.
     */
    private static int placeFor(List<Pair> pairs, Figure earlier) {
        int sameDimension = -1;
        int sameFigure = -1;
        int sameSection = -1;
        for (int i = 0; i < pairs.size(); i++) {
            Figure figure = pairs.get(i).now();
            if (!figure.section().equals(earlier.section())) {
                continue;
            }
            sameSection = i;
            if (figure.id().equals(earlier.id())) {
                sameFigure = i;
                if (dimension(figure).equals(dimension(earlier))) {
                    sameDimension = i;
                }
            }
        }
        int after = sameDimension >= 0 ? sameDimension : sameFigure >= 0 ? sameFigure : sameSection;
        return after >= 0 ? after + 1 : pairs.size();
    }

    private static String dimension(Figure figure) {
        String breakdown = figure.breakdown();
        return breakdown == null ? "" : breakdown.substring(0, breakdown.indexOf(':') + 1);
    }

    private static String key(Figure figure, ReportPeriod period) {
        String breakdown = figure.breakdown();
        if (breakdown != null && breakdown.startsWith(MONTH)) {
            long offset = ChronoUnit.MONTHS.between(YearMonth.from(period.from()),
                    YearMonth.parse(breakdown.substring(MONTH.length())));
            breakdown = MONTH + "+" + offset;
        }
        return figure.section() + "/" + figure.id() + "/" + breakdown;
    }
}
