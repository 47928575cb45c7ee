package org.openiro.http.audit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openiro.audit.AccessKind;

/**
 * Which answers under an authority go in the access log, decided from the route alone so that every route added
 * later, JSON or page, is covered without a line of its own:
 * <ul>
 *   <li>a GET answered 2xx or 304 of a child's record or anything under it, {@code /api/authorities/{a}/children/{id}…}
 *       and the pages {@code /authorities/{a}/children/{id}…}: {@code read}, resource {@code child};</li>
 *   <li>a GET answered 2xx of a file: anything under {@code …/exports/}, or a report answered as CSV:
 *       {@code export};</li>
 *   <li>any request answered 403 or 404: {@code refused}.</li>
 * </ul>
 */
public final class AccessRules {

    /** The authority, then what follows it; ids as api.md allows them (1–36 letters, digits, '-', '_'). */
    private static final Pattern UNDER_AUTHORITY =
            Pattern.compile("^(?:/api)?/authorities/([A-Za-z0-9_-]{1,36})(/.*)?$");
    private static final Pattern CHILD = Pattern.compile("^/children/([^/]+)(/.*)?$");
    private static final Pattern EXPORT = Pattern.compile("^/exports/([^/]+)(?:/(.*))?$");
    private static final Pattern REPORT = Pattern.compile("^/reports/([^/]+)$");

    /** What an answer adds to the access log. */
    public record Noted(String authority, AccessKind kind, String resource, String resourceId) {
    }

    private AccessRules() {
    }

    /**
     * @param contentType the answer's media type, or null
     * @return what to log, or empty when the answer is not an access the log keeps
     */
    public static Optional<Noted> of(String method, String path, int status, String contentType) {
        Matcher under = UNDER_AUTHORITY.matcher(path);
        if (!under.matches()) {
            return Optional.empty();
        }
        String authority = under.group(1);
        String rest = under.group(2) == null ? "" : under.group(2);
        Matcher child = CHILD.matcher(rest);
        String childId = child.matches() ? child.group(1) : null;
        if (status == 403 || status == 404) {
            return Optional.of(childId != null
                    ? new Noted(authority, AccessKind.REFUSED, "child", childId)
                    : new Noted(authority, AccessKind.REFUSED, section(rest), null));
        }
        boolean answered = status >= 200 && status < 300;
        if (!"GET".equals(method) || !(answered || status == 304)) {
            return Optional.empty();
        }
        if (childId != null) {
            return Optional.of(new Noted(authority, AccessKind.READ, "child", childId));
        }
        Matcher export = EXPORT.matcher(rest);
        if (export.matches() && answered) {
            return Optional.of(new Noted(authority, AccessKind.EXPORT, export.group(1), export.group(2)));
        }
        Matcher report = REPORT.matcher(rest);
        if (report.matches() && answered && contentType != null && contentType.startsWith("text/csv")) {
            return Optional.of(new Noted(authority, AccessKind.EXPORT, "report", report.group(1)));
        }
        return Optional.empty();
    }

    /** The first segment after the authority ({@code alerts}, {@code audit}), or {@code authority} for its own. */
    private static String section(String rest) {
        String[] segments = rest.split("/");
        return segments.length > 1 && !segments[1].isEmpty() ? segments[1] : "authority";
    }
}
