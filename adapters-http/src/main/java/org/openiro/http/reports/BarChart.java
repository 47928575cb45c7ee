package org.openiro.http.reports;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as SVG on the server: it prints, it pastes into a board paper, and it needs no script.
 * A target, where the policy sets one, is drawn as a dashed line across the bars.
 */
final class BarChart {

    record Bar(String label, double value, String text) {
    }

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 220;
    private static final int VALUE_WIDTH = 70;
    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 6;
    private static final int TOP = 8;

    private BarChart() {
    }

    /**
     * @param max the value a full-length bar stands for (1 for shares)
     * @param target where to draw the target line, on the same scale; null for none
     */
    static String svg(String title, List<Bar> bars, double max, Double target) {
        int height = TOP * 2 + bars.size() * (BAR_HEIGHT + GAP) + (target == null ? 0 : 16);
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                + " width=\"100%%\" role=\"img\" aria-labelledby=\"%s\" class=\"chart\">", WIDTH, height, id(title)));
        svg.append("<title id=\"").append(id(title)).append("\">").append(Html.escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * (BAR_HEIGHT + GAP);
            double length = max <= 0 ? 0 : Math.max(0, Math.min(1, bar.value() / max)) * plot;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL_WIDTH - 8, y + BAR_HEIGHT - 4, Html.escape(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#1d70b8\"/>",
                    LABEL_WIDTH, y, length, BAR_HEIGHT));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", LABEL_WIDTH + length + 6,
                    y + BAR_HEIGHT - 4, Html.escape(bar.text())));
        }
        if (target != null && max > 0) {
            double x = LABEL_WIDTH + Math.min(1, target / max) * plot;
            int bottom = TOP + bars.size() * (BAR_HEIGHT + GAP);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d4351c\""
                    + " stroke-width=\"2\" stroke-dasharray=\"6 4\"/>", x, TOP - 4, x, bottom));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#d4351c\">"
                    + "target %s</text>", x, bottom + 12, Html.percent(target)));
        }
        return svg.append("</svg>").toString();
    }

    private static String id(String title) {
        return "chart-" + Integer.toHexString(title.hashCode());
    }
}
