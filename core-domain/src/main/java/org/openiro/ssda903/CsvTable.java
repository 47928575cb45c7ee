package org.openiro.ssda903;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One of the DfE's CSV files as a data officer sees it in a spreadsheet: a header line of column names, then rows
 * numbered as the spreadsheet numbers them (the first row under the header is row 2). Quoted fields, doubled quotes,
 * CRLF or LF line ends and a UTF-8 byte order mark are read as spreadsheets write them.
 *
 * <p>A table is read row by row, from the start, as often as the import needs (to find the return's year, to check
 * it, to read it), and never held in memory whole: a national return's episodes file has hundreds of thousands of
 * rows. The text must be UTF-8, as the DfE's files are.
 *
 * <p>Whatever the file, reading it takes bounded memory (issue 19): a field longer than {@link #MAX_FIELD} characters, a
 * record longer than {@link #MAX_RECORD} or with more than {@link #MAX_COLUMNS} fields is a problem naming the file and
 * the row, never a field grown until the memory runs out (one unclosed quote would otherwise make the rest of a
 * 200 MB upload one field).
 */
public final class CsvTable {

    /** The longest field, in characters: the DfE's longest is a few dozen, an ONS postcode directory's a dozen. */
    public static final int MAX_FIELD = 10 * 1024;
    /** The longest record (a line, or several where a quoted field holds line ends), in characters. */
    public static final int MAX_RECORD = 64 * 1024;
    /** The most fields a record may have: a 903 file has about twenty, the postcode directory about fifty. */
    public static final int MAX_COLUMNS = 256;

    /** Opens the file's text from its start. */
    public interface Source {
        Reader open() throws IOException;
    }

    private final String file;
    private final Source source;
    /** The columns whose text is kept; null for all of them. */
    private final Set<String> only;

    public CsvTable(String file, Source source) {
        this(file, source, null);
    }

    private CsvTable(String file, Source source, Set<String> only) {
        this.file = file;
        this.source = source;
        this.only = only;
    }

    /**
     * The same table with only these columns' text kept, the others read as blank: for a wide file of which a few
     * columns are wanted, such as the ONS postcode directory's fifty columns and 2.7 million rows.
     */
    public CsvTable only(Collection<String> columns) {
        return new CsvTable(file, source, columns.stream().map(c -> c.trim().toUpperCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** A table whose whole text is already at hand (small files, tests). */
    public static CsvTable parse(String file, String text) {
        return new CsvTable(file, () -> new StringReader(text));
    }

    /** A file on disk, named in problems by its file name, read as UTF-8. */
    public static CsvTable of(Path path) {
        return of(path.getFileName().toString(), path);
    }

    /**
     * A file on disk, named in problems as {@code file}, read as UTF-8. Bytes that are not UTF-8 are read as U+FFFD
     * (rather than failing where the decoder, reading ahead of the rows, meets them) so that the row they are on is
     * the one named in the problem.
     */
    public static CsvTable of(String file, Path path) {
        return new CsvTable(file, () -> new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8));
    }

    public String file() {
        return file;
    }

    /** A row by column name; a column the row lacks reads as blank. */
    public static final class Row {
        private final int number;
        private final Map<String, Integer> columns;
        private final List<String> fields;

        Row(int number, Map<String, Integer> columns, List<String> fields) {
            this.number = number;
            this.columns = columns;
            this.fields = fields;
        }

        /** The row's number as a spreadsheet shows it. */
        public int number() {
            return number;
        }

        public String get(String column) {
            Integer at = columns.get(column);
            return at == null || at >= fields.size() ? "" : fields.get(at).trim();
        }
    }

    /** The column names of the first line, upper case; none for an empty file. */
    public List<String> columns() {
        try (Records records = new Records(source.open())) {
            List<String> header = records.next();
            if (records.unreadable) {
                throw notUtf8(1);
            }
            return header == null ? List.of() : names(header);
        } catch (Malformed e) {
            throw refused(1, e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    /**
     * Every row under the header, in file order; blank lines are skipped, but still counted as the spreadsheet does.
     * A thread interrupted while it reads stops reading.
     */
    public void forEachRow(Consumer<Row> action) {
        int number = 1;
        try (Records records = new Records(source.open())) {
            List<String> header;
            try {
                header = records.next();
            } catch (Malformed e) {
                throw refused(1, e);
            }
            if (header == null) {
                return;
            }
            if (records.unreadable) {
                throw notUtf8(1);
            }
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = names(header);
            for (int c = 0; c < names.size(); c++) {
                columns.putIfAbsent(names.get(c), c);
            }
            if (only != null) {
                records.keep = new boolean[names.size()];
                for (int c = 0; c < names.size(); c++) {
                    records.keep[c] = only.contains(names.get(c));
                }
            }
            for (List<String> fields = next(records, number + 1); fields != null; fields = next(records, number + 1)) {
                number++;
                if (Thread.interrupted()) {
                    throw new InterruptedIOException("stopped at row " + number);
                }
                if (records.unreadable) {
                    throw notUtf8(number);
                }
                if (records.blank) {
                    continue;
                }
                action.accept(new Row(number, columns, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    /** The next record, which would be row {@code row}: a record past the bounds is a problem on that row. */
    private List<String> next(Records records, int row) throws IOException {
        try {
            return records.next();
        } catch (Malformed e) {
            throw refused(row, e);
        }
    }

    private ImportRefused refused(int row, Malformed e) {
        return new ImportRefused(List.of(new ImportProblem(file, row, null, null, e.getMessage())));
    }

    /**
     * A record past the reader's bounds, or whose quote never closes: said as a problem with its row, and the file
     * read no further.
     */
    private static final class Malformed extends IOException {
        Malformed(String message) {
            super(message);
        }
    }

    /**
     * A file saved in another encoding than the DfE's UTF-8 (a spreadsheet's "CSV" rather than "CSV UTF-8"), said as
     * a problem with the file rather than a failure.
     */
    private ImportRefused notUtf8(int row) {
        return new ImportRefused(List.of(new ImportProblem(file, row, null, null, "the file is not UTF-8 text: this"
                + " row has a character that cannot be read; save the file from the spreadsheet as \"CSV UTF-8\"")));
    }

    /** Every row at once: for the small tables of tests and exports only. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        forEachRow(rows::add);
        return rows;
    }

    private static List<String> names(List<String> header) {
        return header.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList();
    }

    /**
     * Splits the text into records of fields, one record at a time, from a buffer of its own: a national return is
     * read three times over and has tens of millions of characters, and a {@code Reader}'s one-character reads (each
     * taking the reader's lock) cost more than the parsing.
     */
    private static final class Records implements AutoCloseable {
        /** What the decoder reads a byte that is not UTF-8 as. */
        private static final char UNREADABLE = '\uFFFD';
        /** A character no text file has, and PostgreSQL cannot store (issue 22). */
        private static final char NUL = '\0';

        private final Reader in;
        private final char[] buffer = new char[1 << 16];
        private int at;
        private int end;
        private boolean started;
        /** The columns whose text is kept, by position; null for all. */
        boolean[] keep;
        /** The last record had a character that is not UTF-8 (read as U+FFFD). */
        boolean unreadable;
        /** The last record was a blank line. */
        boolean blank;

        Records(Reader reader) {
            this.in = reader;
        }

        /** The next character without taking it, or -1 at the end of the text. */
        private int peek() throws IOException {
            if (at == end && !fill()) {
                return -1;
            }
            return buffer[at];
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer, 0, buffer.length);
            while (n == 0) {
                n = in.read(buffer, 0, buffer.length);
            }
            at = 0;
            end = Math.max(n, 0);
            if (!started && end > 0) {
                started = true;
                if (buffer[0] == '\uFEFF') {
                    at = 1;
                    return at < end || fill();
                }
            }
            return end > 0;
        }

        /** The next record, or null at the end of the text. */
        List<String> next() throws IOException {
            if (peek() == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>(16);
            StringBuilder field = new StringBuilder();
            int fieldLength = 0;
            int recordLength = 0;
            boolean quoted = false;
            boolean keeping = keeps(0);
            unreadable = false;
            boolean empty = true;
            while (true) {
                if (at == end && !fill()) {
                    if (quoted) {
                        throw new Malformed("a quote opened in this row is never closed");
                    }
                    break;
                }
                // Runs of plain characters, or of quoted ones, go into the field at once.
                int from = at;
                while (at < end && !(quoted ? buffer[at] == '"' || buffer[at] == UNREADABLE || buffer[at] == NUL
                        : ends(buffer[at]))) {
                    at++;
                }
                empty &= at == from;
                fieldLength += at - from;
                recordLength += at - from;
                if (fieldLength > MAX_FIELD || recordLength > MAX_RECORD) {
                    throw oversized(quoted, fieldLength > MAX_FIELD, fields.size());
                }
                if (keeping) {
                    field.append(buffer, from, at - from);
                }
                if (at == end) {
                    continue;
                }
                int c = buffer[at++];
                recordLength++;
                empty &= c == '\n' || c == '\r';
                if (c == NUL) {
                    throw new Malformed("this row has a NUL character, which no CSV text has");
                } else if (c == UNREADABLE) {
                    unreadable = true;
                    fieldLength++;
                    field.append((char) c);
                } else if (quoted) {
                    if (peek() == '"') {
                        at++;
                        fieldLength++;
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(keeping ? field.toString() : "");
                    field.setLength(0);
                    fieldLength = 0;
                    if (fields.size() >= MAX_COLUMNS) {
                        throw new Malformed("this row has more than " + MAX_COLUMNS + " fields; is the file CSV?");
                    }
                    keeping = keeps(fields.size());
                } else {
                    if (c == '\r' && peek() == '\n') {
                        at++;
                    }
                    break;
                }
            }
            fields.add(keeping ? field.toString() : "");
            // A line of nothing but spaces is blank too, as it always was, where its one field is kept to be seen.
            blank = fields.size() == 1 && (keeping ? fields.get(0).isBlank() : empty);
            return fields;
        }

        /**
         * Says what was too long, and when it was a quoted field, the likeliest cause: a quote opened in this row and
         * never closed, which makes the rest of the file one field.
         */
        private static Malformed oversized(boolean quoted, boolean field, int column) {
            String what = field ? "field " + (column + 1) + " of this row is longer than " + MAX_FIELD + " characters"
                    : "this row is longer than " + MAX_RECORD + " characters";
            return new Malformed(quoted ? what + ": a quote opened in it is never closed" : what);
        }

        /** A character that ends a run of plain ones: a comma, a quote, a line end, or one that could not be read. */
        private static boolean ends(char c) {
            return c == ',' || c == '"' || c == '\n' || c == '\r' || c == UNREADABLE || c == NUL;
        }

        private boolean keeps(int column) {
            return keep == null || column < keep.length && keep[column];
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
