package org.openiro.inmemory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openiro.ssda903.Ssda903Files;
import org.openiro.ssda903.Ssda903Upload;
import org.openiro.ssda903.port.out.Ssda903Reader;

/**
 * A return's files read as plain comma-separated text, with nothing but the JDK: a header line of the DfE's column
 * names, then a row a line (blank lines counted, as a spreadsheet numbers rows, and skipped), each field trimmed, dates
 * {@code dd/mm/yyyy}. Enough for a program that makes its own files, as the worked example does, and for tests; it
 * reads no quoted field (a comma inside quotes splits the field) and sets no bound on a line's length. Files as the
 * DfE's tools write them, and uploads from outside, are read by {@code adapters-ssda903}'s {@code CsvSsda903Reader}.
 */
public final class InMemorySsda903Reader implements Ssda903Reader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public Ssda903Files read(Ssda903Upload upload) {
        return new Ssda903Files(
                table(upload.header(), (n, row) -> new Ssda903Files.HeaderRow(n, row.apply("CHILD"), row.apply("SEX"),
                        date(row.apply("DOB")), row.apply("ETHNIC"))),
                table(upload.episodes(), (n, row) -> new Ssda903Files.EpisodeRow(n, row.apply("CHILD"),
                        date(row.apply("DECOM")), row.apply("RNE"), row.apply("LS"), row.apply("PLACE"),
                        date(row.apply("DEC")), row.apply("REC"), row.apply("HOME_POST"), row.apply("PL_POST"))),
                table(upload.reviews(), (n, row) -> new Ssda903Files.ReviewRow(n, row.apply("CHILD"),
                        date(row.apply("DOB")), date(row.apply("REVIEW")), row.apply("REVIEW_CODE"))),
                upload.uasc() == null ? null
                        : table(upload.uasc(), (n, row) -> new Ssda903Files.UascRow(n, row.apply("CHILD"))));
    }

    /** A date as the file writes it, and the date it reads as: null when blank or not a day of the calendar. */
    static Ssda903Files.FileDate date(String text) {
        LocalDate date;
        try {
            date = text.isEmpty() ? null : LocalDate.parse(text, DATE);
        } catch (DateTimeException e) {
            date = null;
        }
        return new Ssda903Files.FileDate(text, date);
    }

    /** Makes a typed row from its number and its fields by column name (empty when the row has no such field). */
    private interface RowMapper<R> {
        R map(int number, Function<String, String> field);
    }

    private static <R> Ssda903Files.Table<R> table(Ssda903Upload.Part part, RowMapper<R> mapper) {
        return new Ssda903Files.Table<>() {
            private List<String> columns;

            @Override
            public String file() {
                return part.file();
            }

            @Override
            public synchronized List<String> columns() {
                if (columns == null) {
                    List<String> read = new ArrayList<>();
                    lines(line -> {
                        if (read.isEmpty() && line.number() == 1 && !line.text().isEmpty()) {
                            Arrays.stream(line.text().split(",", -1))
                                    .map(c -> c.trim().toUpperCase(Locale.ROOT)).forEach(read::add);
                        }
                        return false;
                    });
                    columns = List.copyOf(read);
                }
                return columns;
            }

            @Override
            public void forEachRow(Consumer<R> action) {
                List<String> names = columns();
                Map<String, Integer> at = new HashMap<>();
                for (int c = 0; c < names.size(); c++) {
                    at.putIfAbsent(names.get(c), c);
                }
                lines(line -> {
                    if (line.number() > 1 && !line.text().isBlank()) {
                        String[] fields = line.text().split(",", -1);
                        action.accept(mapper.map(line.number(), column -> {
                            Integer c = at.get(column);
                            return c == null || c >= fields.length ? "" : fields[c].trim();
                        }));
                    }
                    return true;
                });
            }

            /** Each line with its number from 1, a byte order mark dropped, until {@code more} answers false. */
            private void lines(Function<Line, Boolean> more) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(part.content().open(),
                        StandardCharsets.UTF_8))) {
                    int number = 0;
                    for (String text = in.readLine(); text != null; text = in.readLine()) {
                        number++;
                        if (number == 1 && text.startsWith("\uFEFF")) {
                            text = text.substring(1);
                        }
                        if (!more.apply(new Line(number, text))) {
                            return;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("reading " + part.file(), e);
                }
            }
        };
    }

    private record Line(int number, String text) {
    }
}
