package org.openiro.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A return's files as typed rows, as the DfE's specification lays them out: what {@link Ssda903Check} checks and
 * {@link Ssda903Return} reads. Each file is read row by row from its start, as often as asked, never held whole.
 * Codes stay as written (which codes are known depends on the year, and is the domain's to say); dates come read.
 *
 * @param uasc the optional UASC file, or null
 */
public record Ssda903Files(Table<HeaderRow> header, Table<EpisodeRow> episodes, Table<ReviewRow> reviews,
                           Table<UascRow> uasc) {

    /** One file of rows. */
    public interface Table<R> {

        /** The name the data officer knows the file by. */
        String file();

        /** The column names of its first line, upper case; none for an empty file. */
        List<String> columns();

        /**
         * Every row under the header in file order; a file that cannot be read as rows at all (past the reader's
         * bounds, not UTF-8) is refused with the row it fails on ({@link ImportRefused}).
         */
        void forEachRow(Consumer<R> action);

        /**
         * The rows under the header in file order, one at a time as they are asked for, failing as {@link #forEachRow}
         * does on the row it fails on: for reading two files in step. Closed by whoever opens it. This default reads
         * them all first (for small files and tests); an adapter for files of any size reads them as asked.
         */
        default Rows<R> rows() {
            List<R> all = new ArrayList<>();
            forEachRow(all::add);
            return new Rows<>() {
                private int next;

                @Override
                public R next() {
                    return next < all.size() ? all.get(next++) : null;
                }

                @Override
                public void close() {
                }
            };
        }
    }

    /** A file's rows being read one at a time ({@link Table#rows}). */
    public interface Rows<R> extends AutoCloseable {

        /** The next row, or null at the end of the file. */
        R next();

        @Override
        void close();
    }

    /**
     * A date as the file writes it: the text (trimmed; empty when blank), and the date it reads as, null when it is
     * not one.
     */
    public record FileDate(String text, LocalDate date) {

        public boolean isBlank() {
            return text.isEmpty();
        }
    }

    /** A row of the header file, numbered as a spreadsheet numbers it (the first under the header is row 2). */
    public record HeaderRow(int row, String child, String sex, FileDate dob, String ethnic) {
    }

    /** A row of the episodes file: {@code DECOM}, {@code RNE}, {@code LS}, {@code PLACE}, {@code DEC}, {@code REC}. */
    public record EpisodeRow(int row, String child, FileDate start, String rne, String legalStatus, String place,
                             FileDate end, String reason, String homePostcode, String placementPostcode) {
    }

    /** A row of the reviews file: {@code DOB}, {@code REVIEW} (the day it was held), {@code REVIEW_CODE}. */
    public record ReviewRow(int row, String child, FileDate dob, FileDate held, String participation) {
    }

    /** A row of the UASC file: the child it names. */
    public record UascRow(int row, String child) {
    }
}
