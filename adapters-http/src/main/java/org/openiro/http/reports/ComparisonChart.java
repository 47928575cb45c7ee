package org.openiro.http.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart of this period beside the previous one, drawn as SVG on the server: it prints, it pastes
 * into a board paper and it needs no script. Each row has two bars, this period's solid and the previous period's
 * hatched, each labelled with its figure in full; a legend names both periods in words; a target, where the policy
 * sets one, is a dashed line labelled with its value. The drawing is as wide as its longest label needs, so no label
 * is cut off, and its text alternative ({@code <title>} and {@code <desc>}) carries every figure of both periods.
 *
 * <p>Public so that other pages (the manager's dashboard) can draw their comparisons the same way.
 */
public final class ComparisonChart {

    /**
     * One row: what it counts, and each period's value on the chart's scale (null: no figure, no bar) with the words
     * printed beside its bar ("90.7% (892 of 984)").
     */
    public record Row(String label, Double value, String text, Double previousValue, String previousText) {
        public Row {
            Objects.requireNonNull(label);
            text = text == null ? "–" : text;
            previousText = previousText == null ? "–" : previousText;
        }
    }

    /** The two periods as the legend and the text alternative name them ("1 April 2024 to 31 March 2025"). */
    public record Periods(String current, String previous) {
    }

    private static final int PLOT_WIDTH = 300;
    private static final int BAR_HEIGHT = 16;
    private static final int BAR_GAP = 3;
    private static final int ROW_GAP = 14;
    private static final int PAD = 8;
    private static final int SWATCH = 14;
    private static final int LINE_HEIGHT = 22;

    private ComparisonChart() {
    }

    /**
     * @param id unique within the page: it names the chart's title, description and pattern
     * @param max the value a full-length bar stands for (1 for shares)
     * @param target the policy's target on the same scale, with {@code targetText} its words ("95.0%"); null for none
     */
    public static String svg(String id, String title, Periods periods, List<Row> rows, double max, Double target,
                             String targetText) {
        double labelWidth = rows.stream().mapToDouble(r -> Svg.width(r.label())).max().orElse(0) + PAD * 2;
        double textWidth = rows.stream().mapToDouble(r -> Math.max(Svg.width(r.text()), Svg.width(r.previousText())))
                .max().orElse(0) + PAD * 2;
        String currentLegend = "This period: " + periods.current();
        String previousLegend = "Previous period: " + periods.previous();
        double legendWidth = SWATCH + PAD + Math.max(Svg.width(currentLegend), Svg.width(previousLegend)) + PAD;
        String targetLabel = target == null ? null : "Target " + targetText;

        int legendHeight = LINE_HEIGHT * 2 + PAD;
        int rowHeight = BAR_HEIGHT * 2 + BAR_GAP + ROW_GAP;
        int plotTop = legendHeight + PAD;
        int plotBottom = plotTop + rows.size() * rowHeight;
        int height = plotBottom + (target == null ? PAD : LINE_HEIGHT + PAD);
        double plotLeft = labelWidth;
        int width = (int) Math.ceil(Math.max(legendWidth, plotLeft + PLOT_WIDTH + textWidth));

        StringBuilder svg = new StringBuilder(2_000 + rows.size() * 600);
        svg.append(Svg.open(id, width, height))
                .append(Svg.titleAndDescription(id, title, description(periods, rows, targetLabel)))
                .append(Svg.hatch(id));
        legend(svg, id, currentLegend, previousLegend);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double top = plotTop + i * rowHeight;
            svg.append(Svg.text(plotLeft - PAD, top + BAR_HEIGHT + BAR_GAP / 2.0 + 5, "end", row.label()));
            bar(svg, plotLeft, top, length(row.value(), max), Svg.CURRENT_COLOUR, null, row.text());
            bar(svg, plotLeft, top + BAR_HEIGHT + BAR_GAP, length(row.previousValue(), max), Svg.previousFill(id),
                    Svg.PREVIOUS_COLOUR, row.previousText());
        }
        svg.append(Svg.line(plotLeft, plotTop - 4, plotLeft, plotBottom - ROW_GAP + 4, Svg.TEXT_COLOUR, 1, null));
        if (target != null && max > 0) {
            double x = plotLeft + Math.min(1, target / max) * PLOT_WIDTH;
            svg.append(Svg.line(x, plotTop - 4, x, plotBottom - ROW_GAP + 4, Svg.TARGET_COLOUR, 2, "6 4"));
            // Centred under the line, but moved in where the centre would put the words outside the drawing.
            double half = Svg.width(targetLabel) / 2;
            double centre = Math.max(half + 2, Math.min(width - half - 2, x));
            svg.append(Svg.text(centre, plotBottom + 8, "middle", targetLabel));
        }
        return svg.append("</svg>").toString();
    }

    private static double length(Double value, double max) {
        if (value == null || max <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(1, value / max)) * PLOT_WIDTH;
    }

    private static void bar(StringBuilder svg, double left, double top, double length, String fill, String stroke,
                            String text) {
        if (length > 0) {
            svg.append(Svg.rect(left, top, length, BAR_HEIGHT, fill, stroke));
        }
        svg.append(Svg.text(left + length + PAD, top + BAR_HEIGHT - 3, null, text));
    }

    static void legend(StringBuilder svg, String id, String currentLegend, String previousLegend) {
        svg.append(Svg.rect(0.5, PAD, SWATCH, SWATCH, Svg.CURRENT_COLOUR, null))
                .append(Svg.text(SWATCH + PAD, PAD + SWATCH - 2, null, currentLegend))
                .append(Svg.rect(0.5, PAD + LINE_HEIGHT, SWATCH, SWATCH, Svg.previousFill(id), Svg.PREVIOUS_COLOUR))
                .append(Svg.text(SWATCH + PAD, PAD + LINE_HEIGHT + SWATCH - 2, null, previousLegend));
    }

    /** Every figure in words, for those who cannot see the drawing: "Under 1: 3 this period, 2 the previous period." */
    static String description(Periods periods, List<Row> rows, String targetLabel) {
        List<String> parts = new ArrayList<>();
        parts.add("This period, " + periods.current() + ", beside the previous period, " + periods.previous() + ".");
        for (Row row : rows) {
            parts.add((row.label().isEmpty() ? "" : row.label() + ": ") + row.text() + " this period, " + row.previousText() + " the previous period.");
        }
        if (targetLabel != null) {
            parts.add(targetLabel + ".");
        }
        return String.join(" ", parts);
    }
}
