package org.openiro.files;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import org.openiro.ssda903.Ssda903Files;

/**
 * The dates of the DfE's files, {@code dd/mm/yyyy} as its specification writes them, read strictly (no 31/04). A
 * national return has two million of them, read three times over.
 */
final class FileDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FileDates() {
    }

    /** The text as written (trimmed), with its date where it reads as one. */
    static Ssda903Files.FileDate read(String text) {
        String trimmed = text == null ? "" : text.trim();
        return new Ssda903Files.FileDate(trimmed, date(trimmed));
    }

    /** The date the text says, or null when it is blank or no date. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return trimmed.length() == 10 ? plainDate(trimmed) : LocalDate.parse(trimmed, DATE);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * {@code dd/mm/yyyy} read by hand: the same dates the strict pattern reads, several times faster.
     */
    private static LocalDate plainDate(String text) {
        if (text.charAt(2) != '/' || text.charAt(5) != '/') {
            throw new DateTimeException("not dd/mm/yyyy");
        }
        return LocalDate.of(digits(text, 6, 10), digits(text, 3, 5), digits(text, 0, 2));
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a digit");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
