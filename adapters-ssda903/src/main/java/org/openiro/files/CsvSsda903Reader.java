package org.openiro.files;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openiro.ssda903.Ssda903Files;
import org.openiro.ssda903.Ssda903Upload;
import org.openiro.ssda903.port.out.Ssda903Reader;

/**
 * The DfE's SSDA903 files, as uploaded, read with {@link CsvTable} into the typed rows the domain checks and loads:
 * each column the domain asks for by its DfE name, text trimmed, dates read from {@code dd/mm/yyyy}. Bytes that are
 * not UTF-8 are read as U+FFFD, and {@link CsvTable} names the row they are on.
 */
public final class CsvSsda903Reader implements Ssda903Reader {

    @Override
    public Ssda903Files read(Ssda903Upload upload) {
        return new Ssda903Files(table(upload.header(), CsvSsda903Reader::header),
                table(upload.episodes(), CsvSsda903Reader::episode), table(upload.reviews(), CsvSsda903Reader::review),
                upload.uasc() == null ? null : table(upload.uasc(), CsvSsda903Reader::uasc));
    }

    /** One file's text as a {@link CsvTable}, from its start each time it is read. */
    public static CsvTable table(Ssda903Upload.Part part) {
        return new CsvTable(part.file(), () -> new InputStreamReader(part.content().open(), StandardCharsets.UTF_8));
    }

    private interface RowMapper<R> {
        R map(CsvTable.Row row, Function<String, Ssda903Files.FileDate> dates);
    }

    private static <R> Ssda903Files.Table<R> table(Ssda903Upload.Part part, RowMapper<R> mapper) {
        CsvTable table = table(part);
        return new Ssda903Files.Table<>() {
            @Override
            public String file() {
                return table.file();
            }

            @Override
            public List<String> columns() {
                return table.columns();
            }

            @Override
            public void forEachRow(Consumer<R> action) {
                // The same few thousand dates recur on hundreds of thousands of rows: each is read once a pass.
                Map<String, Ssda903Files.FileDate> read = new HashMap<>();
                Function<String, Ssda903Files.FileDate> dates = text -> read.computeIfAbsent(text, FileDates::read);
                table.forEachRow(row -> action.accept(mapper.map(row, dates)));
            }

            @Override
            public Ssda903Files.Rows<R> rows() {
                Map<String, Ssda903Files.FileDate> read = new HashMap<>();
                Function<String, Ssda903Files.FileDate> dates = text -> read.computeIfAbsent(text, FileDates::read);
                CsvTable.Cursor cursor = table.cursor();
                return new Ssda903Files.Rows<>() {
                    @Override
                    public R next() {
                        CsvTable.Row row = cursor.next();
                        return row == null ? null : mapper.map(row, dates);
                    }

                    @Override
                    public void close() {
                        cursor.close();
                    }
                };
            }
        };
    }

    private static Ssda903Files.HeaderRow header(CsvTable.Row row, Function<String, Ssda903Files.FileDate> dates) {
        return new Ssda903Files.HeaderRow(row.number(), row.get("CHILD"), row.get("SEX"), dates.apply(row.get("DOB")),
                row.get("ETHNIC"));
    }

    private static Ssda903Files.EpisodeRow episode(CsvTable.Row row, Function<String, Ssda903Files.FileDate> dates) {
        return new Ssda903Files.EpisodeRow(row.number(), row.get("CHILD"), dates.apply(row.get("DECOM")),
                row.get("RNE"), row.get("LS"), row.get("PLACE"), dates.apply(row.get("DEC")), row.get("REC"),
                row.get("HOME_POST"), row.get("PL_POST"));
    }

    private static Ssda903Files.ReviewRow review(CsvTable.Row row, Function<String, Ssda903Files.FileDate> dates) {
        return new Ssda903Files.ReviewRow(row.number(), row.get("CHILD"), dates.apply(row.get("DOB")),
                dates.apply(row.get("REVIEW")), row.get("REVIEW_CODE"));
    }

    private static Ssda903Files.UascRow uasc(CsvTable.Row row, Function<String, Ssda903Files.FileDate> dates) {
        return new Ssda903Files.UascRow(row.number(), row.get("CHILD"));
    }
}
