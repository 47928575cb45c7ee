package org.openiro.files;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.io.FilterReader;
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
import java.util.stream.Collectors;
import org.openiro.ssda903.ImportProblem;
import org.openiro.ssda903.ImportRefused;

/**
 * A CSV file as a data officer sees it in a spreadsheet: a header line of column names, then rows numbered as the
 * spreadsheet numbers them (the first row under the header is row 2). The text is split into records by FastCSV
 * ({@code de.siegmar:fastcsv}, RFC 4180: quoted fields, doubled quotes, CRLF or LF line ends); a UTF-8 byte order
 * mark is passed over.
 *
 * <p>A table is read row by row, from the start, as often as asked, and never held in memory whole: a national
 * return's episodes file has hundreds of thousands of rows, the ONS postcode directory millions. The text must be
 * UTF-8, as the DfE's files are.
 *
 * <p>Whatever the file, reading it takes bounded memory (issue 19): a field longer than {@link #MAX_FIELD} characters,
 * a record longer than {@link #MAX_RECORD} or with more than {@link #MAX_COLUMNS} fields, a NUL, or a quote still open
 * at the end of the file is a problem naming the file and the row where the record began, and the file is read no
 * further. FastCSV holds one record in a buffer of its own, bounded here at {@link #PARSER_BUFFER} characters (its
 * {@code fastcsv.max.field.size}), so one unclosed quote in a 200 MB upload cannot grow a field until the memory runs
 * out.
 */
public final class CsvTable {

    /** The longest field, in characters: the DfE's longest is a few dozen, an ONS postcode directory's a dozen. */
    public static final int MAX_FIELD = 10 * 1024;
    /** The longest record (a line, or several where a quoted field holds line ends), in characters. */
    public static final int MAX_RECORD = 64 * 1024;
    /** The most fields a record may have: a 903 file has about twenty, the postcode directory about fifty. */
    public static final int MAX_COLUMNS = 256;
    /**
     * The most FastCSV buffers for the record it is reading: room for a whole record within the bounds above. A record
     * that outgrows it is a field still open, which FastCSV refuses before this class sees it.
     */
    static final int PARSER_BUFFER = 2 * MAX_RECORD;

    static {
        // FastCSV reads its bounds once, from system properties, when its Limits class is first loaded (FastCSV 3.2+);
        // only this class reads CSV in the service, and it is loaded before FastCSV's classes are.
        if (System.getProperty("fastcsv.max.field.size") == null) {
            System.setProperty("fastcsv.max.field.size", Integer.toString(PARSER_BUFFER));
        }
    }

    /** What the decoder reads a byte that is not UTF-8 as. */
    private static final char UNREADABLE = '\uFFFD';
    /** A character no text file has, and PostgreSQL cannot store (issue 22). */
    private static final char NUL = '\0';

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
                .collect(Collectors.toUnmodifiableSet()));
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
        try (Records records = new Records(source.open(), null)) {
            Record header = records.next(1);
            return header == null ? List.of() : names(header.fields);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    /**
     * Every row under the header, in file order; blank lines are skipped, but still counted as the spreadsheet does.
     * A thread interrupted while it reads stops reading.
     */
    public void forEachRow(Consumer<Row> action) {
        try (Cursor rows = cursor()) {
            for (Row row = rows.next(); row != null; row = rows.next()) {
                action.accept(row);
            }
        }
    }

    /**
     * The rows of {@link #forEachRow} one at a time, as they are asked for, with the file open until the cursor is
     * closed: for reading two files in step.
     */
    public Cursor cursor() {
        Records records;
        try {
            records = new Records(source.open(), only);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return new Cursor(records);
    }

    /** A reading of the file's rows, one at a time ({@link #cursor}). */
    public final class Cursor implements AutoCloseable {
        private final Records records;
        private Map<String, Integer> columns;
        private int number = 1;
        private boolean ended;

        private Cursor(Records records) {
            this.records = records;
        }

        /** The next row that is not blank, or null at the end of the file. A thread interrupted here stops reading. */
        public Row next() {
            try {
                if (ended) {
                    return null;
                }
                if (columns == null) {
                    Record header = records.next(1);
                    if (header == null) {
                        ended = true;
                        return null;
                    }
                    columns = new HashMap<>();
                    List<String> names = names(header.fields);
                    for (int c = 0; c < names.size(); c++) {
                        columns.putIfAbsent(names.get(c), c);
                    }
                }
                for (Record record = records.next(number + 1); record != null; record = records.next(number + 1)) {
                    number++;
                    if (Thread.interrupted()) {
                        throw new InterruptedIOException("stopped at row " + number);
                    }
                    if (!record.blank) {
                        return new Row(number, columns, record.fields);
                    }
                }
                ended = true;
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + file, e);
            }
        }

        @Override
        public void close() {
            try {
                records.close();
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + file, e);
            }
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

    private ImportRefused refused(int row, String message) {
        return new ImportRefused(List.of(new ImportProblem(file, row, null, null, message)));
    }

    /**
     * A file saved in another encoding than the DfE's UTF-8 (a spreadsheet's "CSV" rather than "CSV UTF-8"), said as
     * a problem with the file rather than a failure.
     */
    private ImportRefused notUtf8(int row) {
        return refused(row, "the file is not UTF-8 text: this row has a character that cannot be read; save the file"
                + " from the spreadsheet as \"CSV UTF-8\"");
    }

    /** One record as read: its fields (blank where not kept), and what the reader saw in it. */
    private record Record(List<String> fields, boolean blank, boolean unreadable) {
    }

    /** A record past the reader's bounds, found while FastCSV hands over its fields. */
    private static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The records of one reading of the text, one record ahead of the one handed out: a quote still open at the end
     * of the text is known only once the text has ended, and then the record it is in must not be handed out. A
     * record past the bounds is said on its own row, when its turn comes.
     */
    private final class Records implements AutoCloseable {
        private final Quotes text;
        private final Fields fields;
        private final CsvReader<Record> reader;
        private final CloseableIterator<Record> iterator;
        private boolean started;
        /** The record after the one handed out last; null at the end of the text or when it is malformed. */
        private Record ahead;
        /** What is wrong with the record after the one handed out last, if anything. */
        private String malformed;

        Records(Reader in, Set<String> only) {
            this.text = new Quotes(in);
            this.fields = new Fields(only);
            this.reader = CsvReader.builder().fieldSeparator(',').quoteCharacter('"')
                    .commentStrategy(CommentStrategy.NONE).skipEmptyLines(false).ignoreDifferentFieldCount(true)
                    .acceptCharsAfterQuotes(true).build(fields, text);
            this.iterator = reader.iterator();
        }

        /** The next record, which is row {@code row}; null at the end of the text. */
        Record next(int row) {
            if (!started) {
                started = true;
                fetch();
            }
            if (malformed != null) {
                throw refused(row, malformed);
            }
            Record record = ahead;
            if (record == null) {
                return null;
            }
            fetch();
            if (ahead == null && malformed == null && text.quotes != fields.quotes) {
                throw refused(row, "a quote opened in this row is never closed");
            }
            if (record.unreadable) {
                throw notUtf8(row);
            }
            return record;
        }

        private void fetch() {
            try {
                ahead = iterator.hasNext() ? iterator.next() : null;
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException("reading " + file, e.getCause());
            } catch (CsvParseException e) {
                ahead = null;
                // FastCSV hands on whatever its handler throws, wrapped in its own exception.
                if (e.getCause() instanceof Malformed bounds) {
                    malformed = bounds.getMessage();
                } else if (e.getCause() instanceof RuntimeException other && !(other instanceof CsvParseException)) {
                    throw other;
                } else if (e.getCause() instanceof Error error) {
                    throw error;
                } else {
                    // FastCSV's buffer is full: a field that does not end, which only a quote never closed makes.
                    malformed = "field " + (fields.count + 1) + " of this row is longer than " + MAX_FIELD
                            + " characters: a quote opened in it is never closed";
                }
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /**
     * The text as FastCSV reads it, less a byte order mark, counting its quote characters: a text whose fields, as
     * FastCSV gave them, account for one quote fewer than the text has ends inside a quoted field, which FastCSV
     * reads to the end of the text without a word.
     */
    private static final class Quotes extends FilterReader {
        long quotes;
        private boolean started;

        Quotes(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] into, int at, int length) throws IOException {
            int n = super.read(into, at, length);
            if (n > 0 && !started) {
                started = true;
                if (into[at] == '\uFEFF') {
                    System.arraycopy(into, at + 1, into, at, n - 1);
                    n--;
                    if (n == 0) {
                        return read(into, at, length);
                    }
                }
            }
            for (int i = at; i < at + n; i++) {
                if (into[i] == '"') {
                    quotes++;
                }
            }
            return n;
        }
    }

    /**
     * Takes FastCSV's fields one by one, checking each against the bounds as it comes, and keeps the text of the
     * columns wanted.
     */
    private static final class Fields extends AbstractBaseCsvCallbackHandler<Record> {
        private final Set<String> only;
        /** The columns whose text is kept, by position; null for all. */
        private boolean[] keep;
        private List<String> fields;
        /** Fields of the current record handed over so far. */
        int count;
        private int recordLength;
        private boolean unreadable;
        private boolean empty;
        /** The quote characters the fields handed over so far were written with. */
        long quotes;

        /** The header is read: the columns to keep are known from the next record on. */
        private boolean headed;

        Fields(Set<String> only) {
            this.only = only;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            fields = new ArrayList<>(16);
            count = 0;
            recordLength = 0;
            unreadable = false;
            empty = true;
        }

        @Override
        protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
            if (index >= MAX_COLUMNS) {
                throw new Malformed("this row has more than " + MAX_COLUMNS + " fields; is the file CSV?");
            }
            recordLength += length + (index > 0 ? 1 : 0);
            if (length > MAX_FIELD || recordLength > MAX_RECORD) {
                String what = length > MAX_FIELD ? "field " + (index + 1) + " of this row is longer than " + MAX_FIELD
                        + " characters" : "this row is longer than " + MAX_RECORD + " characters";
                throw new Malformed(quoted ? what + ": a quote opened in it is never closed" : what);
            }
            int inner = 0;
            for (int i = offset; i < offset + length; i++) {
                char c = buffer[i];
                if (c == '"') {
                    inner++;
                } else if (c == NUL) {
                    throw new Malformed("this row has a NUL character, which no CSV text has");
                } else if (c == UNREADABLE) {
                    unreadable = true;
                }
            }
            quotes += quoted ? 2 + 2L * inner : inner;
            empty &= length == 0;
            boolean kept = !headed || keep == null || index < keep.length && keep[index];
            fields.add(kept ? new String(buffer, offset, length) : "");
            count++;
        }

        @Override
        protected RecordWrapper<Record> buildRecord() {
            if (!headed) {
                headed = true;
                if (only != null) {
                    List<String> names = names(fields);
                    keep = new boolean[names.size()];
                    for (int c = 0; c < names.size(); c++) {
                        keep[c] = only.contains(names.get(c));
                    }
                }
                return wrapRecord(new Record(fields, false, unreadable));
            }
            // A line of nothing but spaces is blank too, as it always was, where its one field is kept to be seen.
            boolean kept = keep == null || keep.length > 0 && keep[0];
            boolean blank = fields.size() == 1 && (kept ? fields.get(0).isBlank() : empty);
            return wrapRecord(new Record(fields, blank, unreadable));
        }
    }
}
