package org.openiro.http.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A figure month by month as one line chart: this period a solid line with round markers, the previous period a
 * dashed line with square markers (told apart by shape and line as well as colour), each month of this period above
 * the month as far into the previous one. Drawn as SVG on the server, sized to its text; its text alternative
 * carries every month's figure for both periods.
 *
 * <p>Public so that the manager's dashboard can draw "timeliness this year month by month" the same way.
 */
public final class MonthlyChart {

    /**
     * One month: its axis label ("Apr"), a second line under it where the year changes ("2024", or null), its
     * name in the text alternative ("April 2024"), and each period's value on the chart's scale (null: no figure,
     * a gap in the line) with its words ("97.1% (34 of 35)").
     */
    public record Month(String tick, String year, String name, Double value, String text, String previousName,
                        Double previousValue, String previousText) {
        public Month {
            text = text == null ? "no figure" : text;
            previousText = previousText == null ? "no figure" : previousText;
        }
    }

    private static final int COLUMN = 46;
    private static final int PLOT_HEIGHT = 200;
    private static final int PAD = 8;
    private static final int LINE_HEIGHT = 22;
    private static final int TICKS = 4;

    private MonthlyChart() {
    }

    /**
     * @param max the top of the scale (1 for shares)
     * @param axis how a value on the scale is written on the axis ("75%")
     * @param target the policy's target on the same scale, with {@code targetText} its words; null for none
     */
    public static String svg(String id, String title, ComparisonChart.Periods periods, List<Month> months, double max,
                             DoubleFunction<String> axis, Double target, String targetText) {
        String currentLegend = "This period: " + periods.current();
        String previousLegend = "Previous period: " + periods.previous();
        double legendWidth = 40 + PAD + Math.max(Svg.width(currentLegend), Svg.width(previousLegend)) + PAD;
        double axisWidth = 0;
        for (int t = 0; t <= TICKS; t++) {
            axisWidth = Math.max(axisWidth, Svg.width(axis.apply(max * t / TICKS)));
        }
        String targetLabel = target == null ? null : "Target " + targetText;
        double plotLeft = axisWidth + PAD * 2;
        double plotRight = plotLeft + Math.max(1, months.size()) * COLUMN;
        double width = Math.max(legendWidth, plotRight + (target == null ? PAD : Svg.width(targetLabel) + PAD * 2));
        int legendHeight = LINE_HEIGHT * 2 + PAD;
        int plotTop = legendHeight + PAD * 2;
        int plotBottom = plotTop + PLOT_HEIGHT;
        int height = plotBottom + LINE_HEIGHT * 2 + PAD;

        StringBuilder svg = new StringBuilder(4_000 + months.size() * 400);
        svg.append(Svg.open(id, (int) Math.ceil(width), height))
                .append(Svg.titleAndDescription(id, title, description(periods, months, targetLabel)));
        legend(svg, currentLegend, previousLegend);
        for (int t = 0; t <= TICKS; t++) {
            double y = plotBottom - (double) PLOT_HEIGHT * t / TICKS;
            svg.append(Svg.line(plotLeft, y, plotRight, y, t == 0 ? Svg.TEXT_COLOUR : "#b1b4b6", 1, null))
                    .append(Svg.text(plotLeft - PAD, y + 5, "end", axis.apply(max * t / TICKS)));
        }
        for (int i = 0; i < months.size(); i++) {
            Month month = months.get(i);
            double x = centre(plotLeft, i);
            svg.append(Svg.text(x, plotBottom + LINE_HEIGHT - 4, "middle", month.tick()));
            if (month.year() != null) {
                svg.append(Svg.text(x, plotBottom + LINE_HEIGHT * 2 - 6, "middle", month.year()));
            }
        }
        if (target != null && max > 0) {
            double y = y(target, max, plotBottom);
            svg.append(Svg.line(plotLeft, y, plotRight, y, Svg.TARGET_COLOUR, 2, "6 4"))
                    .append(Svg.text(plotRight + PAD, y + 5, null, targetLabel));
        }
        // The previous period first, so where both are equal this period's round marker is drawn over its square.
        series(svg, months, max, plotLeft, plotBottom, false);
        series(svg, months, max, plotLeft, plotBottom, true);
        return svg.append("</svg>").toString();
    }

    private static double centre(double plotLeft, int i) {
        return plotLeft + COLUMN * i + COLUMN / 2.0;
    }

    private static double y(double value, double max, int plotBottom) {
        return plotBottom - Math.max(0, Math.min(1, max <= 0 ? 0 : value / max)) * PLOT_HEIGHT;
    }

    /** One period's line, broken where a month has no figure, with a marker on each month that has one. */
    private static void series(StringBuilder svg, List<Month> months, double max, double plotLeft, int plotBottom,
                               boolean current) {
        String colour = current ? Svg.CURRENT_COLOUR : Svg.PREVIOUS_COLOUR;
        List<String> points = new ArrayList<>();
        StringBuilder markers = new StringBuilder();
        for (int i = 0; i <= months.size(); i++) {
            Double value = i == months.size() ? null : current ? months.get(i).value() : months.get(i).previousValue();
            if (value == null) {
                if (points.size() > 1) {
                    svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
                            .append(current ? "3" : "2").append(current ? "" : "\" stroke-dasharray=\"7 4")
                            .append("\" points=\"").append(String.join(" ", points)).append("\"/>");
                }
                points.clear();
                continue;
            }
            double x = centre(plotLeft, i);
            double y = y(value, max, plotBottom);
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
            markers.append(current
                    ? String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>", x, y, colour)
                    : Svg.rect(x - 4.5, y - 4.5, 9, 9, "#ffffff", colour));
        }
        svg.append(markers);
    }

    private static void legend(StringBuilder svg, String currentLegend, String previousLegend) {
        svg.append(Svg.line(2, PAD + 7, 34, PAD + 7, Svg.CURRENT_COLOUR, 3, null))
                .append("<circle cx=\"18\" cy=\"").append(PAD + 7).append("\" r=\"5\" fill=\"")
                .append(Svg.CURRENT_COLOUR).append("\"/>")
                .append(Svg.text(40 + PAD, PAD + 12, null, currentLegend))
                .append(Svg.line(2, PAD + LINE_HEIGHT + 7, 34, PAD + LINE_HEIGHT + 7, Svg.PREVIOUS_COLOUR, 2, "7 4"))
                .append(Svg.rect(13.5, PAD + LINE_HEIGHT + 2.5, 9, 9, "#ffffff", Svg.PREVIOUS_COLOUR))
                .append(Svg.text(40 + PAD, PAD + LINE_HEIGHT + 12, null, previousLegend));
    }

    static String description(ComparisonChart.Periods periods, List<Month> months, String targetLabel) {
        List<String> parts = new ArrayList<>();
        parts.add("This period, " + periods.current() + ", as a solid line; the previous period, " + periods.previous()
                + ", as a dashed line.");
        for (Month month : months) {
            parts.add(month.name() + ": " + month.text() + "; " + month.previousName() + ": " + month.previousText()
                    + ".");
        }
        if (targetLabel != null) {
            parts.add(targetLabel + ".");
        }
        return String.join(" ", parts);
    }
}
