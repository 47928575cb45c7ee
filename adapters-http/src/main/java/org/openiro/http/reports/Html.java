package org.openiro.http.reports;

import java.util.Locale;

/** Escaping and number formats for the report page. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A share as a board paper prints it: 83.8 %. */
    static String percent(double share) {
        return String.format(Locale.UK, "%.1f%%", share * 100);
    }
}
