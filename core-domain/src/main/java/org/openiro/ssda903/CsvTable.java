package org.openiro.ssda903;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One of the DfE's CSV files as a data officer sees it in a spreadsheet: a header line of column names, then rows
 * numbered as the spreadsheet numbers them (the first row under the header is row 2). Quoted fields, doubled quotes,
 * CRLF or LF line ends and a UTF-8 byte order mark are read as spreadsheets write them.
 *
 * <p>A table is read row by row, from the start, as often as the import needs (once to check, once to load), and never
 * held in memory whole: a national return's episodes file has hundreds of thousands of rows.
 */
public final class CsvTable {

    /** Opens the file's text from its start. */
    public interface Source {
        Reader open() throws IOException;
    }

    private final String file;
    private final Source source;

    public CsvTable(String file, Source source) {
        this.file = file;
        this.source = source;
    }

    /** A table whose whole text is already at hand (small files, tests). */
    public static CsvTable parse(String file, String text) {
        return new CsvTable(file, () -> new StringReader(text));
    }

    /** A file on disk, named in problems by its file name, read as UTF-8. */
    public static CsvTable of(Path path) {
        return new CsvTable(path.getFileName().toString(), () -> Files.newBufferedReader(path, StandardCharsets.UTF_8));
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
            return header == null ? List.of() : names(header);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    /** Every row under the header, in file order; blank lines are skipped, but still counted as the spreadsheet does. */
    public void forEachRow(Consumer<Row> action) {
        try (Records records = new Records(source.open())) {
            List<String> header = records.next();
            if (header == null) {
                return;
            }
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = names(header);
            for (int c = 0; c < names.size(); c++) {
                columns.putIfAbsent(names.get(c), c);
            }
            int number = 1;
            for (List<String> fields = records.next(); fields != null; fields = records.next()) {
                number++;
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                action.accept(new Row(number, columns, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
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

    /** Splits the text into records of fields, one record at a time. */
    private static final class Records implements AutoCloseable {
        private final Reader in;
        private boolean started;
        private int pushedBack = -2;

        Records(Reader reader) {
            this.in = reader instanceof BufferedReader || reader instanceof StringReader ? reader
                    : new BufferedReader(reader, 1 << 16);
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            int c = in.read();
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    c = in.read();
                }
            }
            return c;
        }

        /** The next record, or null at the end of the text. */
        List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>(16);
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (c != -1) {
                if (quoted) {
                    if (c == '"') {
                        int following = read();
                        if (following == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            pushedBack = following;
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        int following = read();
                        if (following != '\n') {
                            pushedBack = following;
                        }
                    }
                    break;
                } else {
                    field.append((char) c);
                }
                c = read();
            }
            fields.add(field.toString());
            return fields;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
