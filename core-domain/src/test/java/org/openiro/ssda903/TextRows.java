package org.openiro.ssda903;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The tests' small file sets as the typed rows the domain receives: plain comma-separated text, a header line then
 * rows numbered as a spreadsheet numbers them (blank lines counted, not handed over), no quoting. Reading real files
 * (quotes, byte order marks, bounds) is the adapter's, tested there (adapters-ssda903, {@code CsvTableTest}).
 */
final class TextRows {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private TextRows() {
    }

    static Ssda903Files files(String header, String episodes, String reviews) {
        return files(header, episodes, reviews, null);
    }

    static Ssda903Files files(String header, String episodes, String reviews, String uasc) {
        return new Ssda903Files(
                table("header.csv", header, (n, row) -> new Ssda903Files.HeaderRow(n, row.apply("CHILD"),
                        row.apply("SEX"), date(row.apply("DOB")), row.apply("ETHNIC"))),
                table("episodes.csv", episodes, (n, row) -> new Ssda903Files.EpisodeRow(n, row.apply("CHILD"),
                        date(row.apply("DECOM")), row.apply("RNE"), row.apply("LS"), row.apply("PLACE"),
                        date(row.apply("DEC")), row.apply("REC"), row.apply("HOME_POST"), row.apply("PL_POST"))),
                table("reviews.csv", reviews, (n, row) -> new Ssda903Files.ReviewRow(n, row.apply("CHILD"),
                        date(row.apply("DOB")), date(row.apply("REVIEW")), row.apply("REVIEW_CODE"))),
                uasc == null ? null : table("uasc.csv", uasc,
                        (n, row) -> new Ssda903Files.UascRow(n, row.apply("CHILD"))));
    }

    static Ssda903Files.FileDate date(String text) {
        LocalDate date;
        try {
            date = text.isEmpty() ? null : LocalDate.parse(text, DATE);
        } catch (DateTimeException e) {
            date = null;
        }
        return new Ssda903Files.FileDate(text, date);
    }

    private static <R> Ssda903Files.Table<R> table(String file, String text,
                                                   BiFunction<Integer, Function<String, String>, R> mapper) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<String> columns = lines.isEmpty() || lines.get(0).isEmpty() ? List.of()
                : Arrays.stream(lines.get(0).split(",", -1)).map(c -> c.trim().toUpperCase(Locale.ROOT)).toList();
        return new Ssda903Files.Table<>() {
            @Override
            public String file() {
                return file;
            }

            @Override
            public List<String> columns() {
                return columns;
            }

            @Override
            public void forEachRow(Consumer<R> action) {
                Map<String, Integer> at = new HashMap<>();
                for (int c = 0; c < columns.size(); c++) {
                    at.putIfAbsent(columns.get(c), c);
                }
                for (int i = 1; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] fields = line.split(",", -1);
                    action.accept(mapper.apply(i + 1, column -> {
                        Integer c = at.get(column);
                        return c == null || c >= fields.length ? "" : fields[c].trim();
                    }));
                }
            }
        };
    }
}
