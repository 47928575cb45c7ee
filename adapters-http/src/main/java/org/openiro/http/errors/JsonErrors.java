package org.openiro.http.errors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers the field a JSON decoding error is about from the decoder's message, which is the only place the
 * serializer states it ("Unknown property [x]", "Error decoding property [LocalDate dateOfBirth]").
 */
final class JsonErrors {

    private static final Pattern UNKNOWN = Pattern.compile("Unknown property \\[([^\\]]+)\\]");
    private static final Pattern PROPERTY = Pattern.compile("property \\[(?:[^\\] ]+ )?([^\\] ]+)\\]");

    private JsonErrors() {
    }

    static String field(String message) {
        if (message == null) {
            return "body";
        }
        Matcher unknown = UNKNOWN.matcher(message);
        if (unknown.find()) {
            return unknown.group(1);
        }
        StringBuilder path = new StringBuilder();
        Matcher property = PROPERTY.matcher(message);
        while (property.find()) {
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(property.group(1));
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static boolean isSyntax(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("JsonParseException") || name.endsWith("JsonSyntaxException")
                    || name.endsWith("JsonEOFException")) {
                return true;
            }
        }
        return false;
    }

    static String message(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (UNKNOWN.matcher(message).find()) {
            return "is not a field of this request";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rootMessage = root.getMessage() == null ? "" : root.getMessage();
        if (rootMessage.contains("could not be parsed") || rootMessage.contains("Invalid date")) {
            return "is not a valid date (YYYY-MM-DD)";
        }
        if (message.contains("Unexpected") || message.contains("JSON")) {
            return "cannot be read: " + firstLine(rootMessage.isEmpty() ? message : rootMessage);
        }
        return "has the wrong type or format: " + firstLine(rootMessage.isEmpty() ? message : rootMessage);
    }

    private static String firstLine(String s) {
        int newline = s.indexOf('\n');
        return newline < 0 ? s : s.substring(0, newline);
    }
}
