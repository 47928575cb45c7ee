package org.openiro.http.reports;

import java.util.Locale;

/**
 * What the report's charts share: how wide a label will be, so the drawing is sized to its text and nothing is cut
 * off, and the legend that tells the two periods apart by pattern and words, not by colour alone.
 *
 * <p>Charts name their font in presentation attributes (a strict Content-Security-Policy forbids {@code style}
 * attributes) and use Arial-like metrics: the widths below are Arial's at 1px, rounded up, so an estimate is never
 * narrower than the text drawn.
 */
final class Svg {

    static final int FONT_SIZE = 14;
    static final String FONT = "font-family=\"Arial, Helvetica, sans-serif\" font-size=\"" + FONT_SIZE + "\"";
    static final String CURRENT_COLOUR = "#1d70b8";
    static final String PREVIOUS_COLOUR = "#505a5f";
    static final String TARGET_COLOUR = "#d4351c";
    static final String TEXT_COLOUR = "#0b0c0c";

    private Svg() {
    }

    /** The width of {@code text} drawn at {@link #FONT_SIZE}, never less than Arial draws it. */
    static double width(String text) {
        double em = 0;
        for (char c : text.toCharArray()) {
            em += advance(c);
        }
        return Math.ceil(em * FONT_SIZE * 1.05);
    }

    private static double advance(char c) {
        if ("iljI.,:;'|!".indexOf(c) >= 0) {
            return 0.28;
        }
        if (c == ' ' || "ft()[]-".indexOf(c) >= 0) {
            return 0.34;
        }
        if (c == '%') {
            return 0.89;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
            return 0.94;
        }
        if (Character.isUpperCase(c)) {
            return 0.78;
        }
        if (c == '–' || c == '—') {
            return 1.0;
        }
        return 0.56; // digits and most lower-case letters
    }

    /** The chart's name is its title; its description, every figure in words, is read after it. */
    static String open(String id, int width, int height) {
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
                + " height=\"%d\" role=\"img\" aria-labelledby=\"%s-title\" aria-describedby=\"%s-desc\" class=\"app-chart\" %s"
                + " fill=\"%s\">", width, height, width, height, id, id, FONT, TEXT_COLOUR);
    }

    static String titleAndDescription(String id, String title, String description) {
        return "<title id=\"" + id + "-title\">" + Html.escape(title) + "</title><desc id=\"" + id + "-desc\">"
                + Html.escape(description) + "</desc>";
    }

    /** Diagonal hatching, so the previous period's bars differ from this period's in shape as well as colour. */
    static String hatch(String id) {
        return "<defs><pattern id=\"" + id + "-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\""
                + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"" + PREVIOUS_COLOUR + "\" stroke-width=\"3\"/>"
                + "</pattern></defs>";
    }

    static String previousFill(String id) {
        return "url(#" + id + "-hatch)";
    }

    static String text(double x, double y, String anchor, String text) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\"%s>%s</text>", x, y,
                anchor == null ? "" : " text-anchor=\"" + anchor + "\"", Html.escape(text));
    }

    static String rect(double x, double y, double width, double height, String fill, String stroke) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"%s/>",
                x, y, width, height, fill, stroke == null ? "" : " stroke=\"" + stroke + "\" stroke-width=\"1\"");
    }

    static String line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dashes) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                + " stroke-width=\"%.1f\"%s/>", x1, y1, x2, y2, stroke, strokeWidth,
                dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"");
    }

    /** An id for a chart from its title, unique enough within one page, and usable in {@code url(#…)}. */
    static String id(String title) {
        return "chart-" + Integer.toHexString(title.hashCode());
    }
}
