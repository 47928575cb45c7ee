package org.openiro.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openiro.ssda903.ImportProblem;
import org.openiro.ssda903.ImportRefused;

/** A DfE CSV file read as a spreadsheet would show it, however its records fall across the reader's buffers. */
class CsvTableTest {

    /** Records are put across this many characters, a multiple of the 8,192 FastCSV reads at a time. */
    private static final int BUFFER = 1 << 16;

    private static List<String> cells(CsvTable table, String column) {
        return table.rows().stream().map(row -> row.get(column)).toList();
    }

    /**
     * A header, rows of padding ({@code p,yyy…}, each well within the field limit) and a row {@code x,yyy…} so that
     * the text's character {@code at} is the first of the given tail.
     */
    private static String padTo(int at, String tail) {
        StringBuilder text = new StringBuilder("A,B\r\n");
        String padding = "p," + "y".repeat(1000) + "\r\n";
        while (text.length() + padding.length() + 1_100 < at) {
            text.append(padding);
        }
        text.append("x,");
        return text + "y".repeat(at - text.length()) + tail;
    }

    /** The cells of a column, less the padding rows of {@link #padTo}. */
    private static List<String> written(CsvTable table, String column) {
        return table.rows().stream().filter(row -> !row.get("A").equals("p")).map(row -> row.get(column)).toList();
    }

    /** The episodes file's header line (Ssda903CheckTest in core-domain). */
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN\n";

    @Test
    void quoted_fields_crlf_and_a_byte_order_mark_are_read_as_a_spreadsheet_writes_them() {
        CsvTable table = CsvTable.parse("episodes.csv", "\uFEFF" + EPISODES.replace("\n", "\r\n")
                + "1001,02/05/2023,S,C2,N1,U4,\"PR, 1\",,,,\"AB1 \"\"2CD\"\"\",,\r\n\r\n");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).number()).as("the row a spreadsheet shows").isEqualTo(2);
        assertThat(table.rows().get(0).get("PLACE_PROVIDER")).isEqualTo("PR, 1");
        assertThat(table.rows().get(0).get("HOME_POST")).isEqualTo("AB1 \"2CD\"");
    }

    @Test
    void a_line_end_split_by_the_buffer_is_one_line_end() {
        CsvTable table = CsvTable.parse("t.csv", padTo(BUFFER - 1, "\r\n2,z\r\n"));

        assertThat(written(table, "A")).containsExactly("x", "2");
        List<CsvTable.Row> rows = table.rows();
        assertThat(rows.get(rows.size() - 1).number()).as("no blank row between")
                .isEqualTo(rows.get(rows.size() - 2).number() + 1);
    }

    /**
     * As {@link #padTo}, with the field of {@code y}s quoted from its start: a quote opens a field only there, as in
     * a spreadsheet (FastCSV, RFC 4180); the tail goes on inside the quotes.
     */
    private static String padQuotedTo(int at, String tail) {
        String text = padTo(at, tail);
        int field = text.lastIndexOf("\nx,") + 3;
        return text.substring(0, field) + "\"" + text.substring(field + 1);
    }

    @Test
    void a_doubled_quote_or_a_closing_quote_split_by_the_buffer_reads_as_written() {
        assertThat(written(CsvTable.parse("t.csv", padQuotedTo(BUFFER - 2, "a\"\"b\",c\n")), "B"))
                .singleElement().asString().endsWith("a\"b");
        assertThat(written(CsvTable.parse("t.csv", padQuotedTo(BUFFER - 2, "q\"\n3,w\n")), "A"))
                .containsExactly("x", "3");
        assertThat(written(CsvTable.parse("t.csv", padQuotedTo(BUFFER - 100, "q".repeat(200) + "\"\"\"\n")), "B"))
                .as("a quoted field across the buffer's end").singleElement().asString()
                .endsWith("y" + "q".repeat(200) + "\"");
    }

    @Test
    void a_byte_order_mark_blank_lines_an_empty_last_field_and_no_last_line_end_are_read_as_a_spreadsheet_does() {
        CsvTable table = CsvTable.parse("t.csv", "\uFEFFA,B\n\n1,\n\r\n2,\"line\none\"");

        assertThat(table.columns()).containsExactly("A", "B");
        assertThat(cells(table, "A")).containsExactly("1", "2");
        assertThat(cells(table, "B")).containsExactly("", "line\none");
        assertThat(table.rows()).extracting(CsvTable.Row::number).as("blank lines still counted").containsExactly(3, 5);
    }

    @Test
    void a_file_saved_in_another_encoding_than_utf_8_is_a_problem_with_that_file_on_the_row_it_is_on(@TempDir Path dir)
            throws IOException {
        StringBuilder rows = new StringBuilder("CHILD\n");
        for (int i = 0; i < 5000; i++) {
            rows.append("C").append(i).append('\n');
        }
        byte[] good = rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 4);
        System.arraycopy(new byte[] {'a', (byte) 0xA3, 'b', '\n'}, 0, bad, good.length, 4);
        Path file = Files.write(dir.resolve("header.csv"), bad);

        assertThatThrownBy(() -> CsvTable.of(file).rows()).isInstanceOfSatisfying(ImportRefused.class,
                refused -> assertThat(refused.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo("header.csv");
                    assertThat(problem.row()).as("the £ of a Windows spreadsheet, after 5,000 good rows")
                            .isEqualTo(5002);
                    assertThat(problem.message()).contains("not UTF-8", "CSV UTF-8");
                }));
        Path header = Files.write(dir.resolve("episodes.csv"), new byte[] {'C', 'H', (byte) 0xA3, 'D', '\n'});
        assertThatThrownBy(() -> CsvTable.of(header).columns()).isInstanceOfSatisfying(ImportRefused.class,
                refused -> assertThat(refused.problems().get(0).row()).as("the header line").isEqualTo(1));
    }

    @Test
    void a_line_of_one_field_is_a_row_even_when_only_other_columns_are_kept() {
        CsvTable table = CsvTable.parse("t.csv", "A,B\nx\n\n   \n1,2\n");

        assertThat(table.rows()).extracting(CsvTable.Row::number).containsExactly(2, 5);
        assertThat(table.only(List.of("B")).rows()).extracting(CsvTable.Row::number).containsExactly(2, 4, 5);
    }

    @Test
    void a_reader_interrupted_stops_reading() {
        CsvTable table = CsvTable.parse("t.csv", "A\n1\n2\n");
        Thread.currentThread().interrupt();

        assertThatThrownBy(table::rows).hasMessageContaining("reading t.csv");
        assertThat(Thread.interrupted()).as("the interruption is taken").isFalse();
    }

    @Test
    void a_table_of_only_some_columns_reads_the_others_as_blank() {
        CsvTable table = CsvTable.parse("t.csv", "pcd,\"ctry\",oseast1m\n\"AB1  2CD\",E92000001,\"400,000\"\nx,y,z\n")
                .only(List.of("PCD", "oseast1m"));

        assertThat(cells(table, "PCD")).containsExactly("AB1  2CD", "x");
        assertThat(cells(table, "CTRY")).containsExactly("", "");
        assertThat(cells(table, "OSEAST1M")).as("a quoted comma stays in its field").containsExactly("400,000", "z");
    }

    @Test
    void an_unclosed_quote_followed_by_megabytes_is_a_problem_on_its_row_not_a_field_as_long_as_the_file() {
        String text = "CHILD,DOB\n1001,01/01/2015\n1002,\"01/01/2015\n" + "1003,01/01/2015\n".repeat(300_000);

        assertThatThrownBy(() -> CsvTable.parse("header.csv", text).rows()).isInstanceOfSatisfying(ImportRefused.class,
                refused -> assertThat(refused.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo("header.csv");
                    assertThat(problem.row()).isEqualTo(3);
                    assertThat(problem.message()).contains("longer than 10240 characters", "never closed");
                }));
        assertThat(de.siegmar.fastcsv.util.Limits.MAX_FIELD_SIZE).as("FastCSV's own buffer, bounded by CsvTable")
                .isEqualTo(CsvTable.PARSER_BUFFER);
    }

    @Test
    void a_quote_still_open_at_the_end_of_the_file_is_a_problem_on_its_row() {
        assertThatThrownBy(() -> CsvTable.parse("reviews.csv", "CHILD,DOB\n1,2\n3,\"4\n").rows())
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.row()).isEqualTo(3);
                            assertThat(problem.message()).contains("never closed");
                        }));
    }

    @Test
    void a_field_a_line_or_a_header_past_the_bounds_is_a_problem_naming_the_row() {
        String longField = "A,B\n1,2\n3," + "x".repeat(CsvTable.MAX_FIELD + 1) + "\n";
        String longLine = "A,B\n" + ("y".repeat(9_000) + ",").repeat(8) + "\n";
        String wide = "A,B\n1,2\n3,4\n" + ",".repeat(CsvTable.MAX_COLUMNS) + "\n";
        String wideHeader = "A" + ",B".repeat(CsvTable.MAX_COLUMNS) + "\n1\n";

        assertThat(problem(longField)).satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("field 2 of this row is longer than 10240 characters");
        });
        assertThat(problem(longLine).message()).isEqualTo("this row is longer than 65536 characters");
        assertThat(problem(longLine).row()).isEqualTo(2);
        assertThat(problem(wide).row()).isEqualTo(4);
        assertThat(problem(wide).message()).contains("more than 256 fields");
        assertThat(problem(wideHeader).row()).isEqualTo(1);
        assertThatThrownBy(() -> CsvTable.parse("t.csv", wideHeader).columns()).isInstanceOf(ImportRefused.class);
        assertThat(CsvTable.parse("t.csv", "A\n" + "z".repeat(CsvTable.MAX_FIELD) + "\n").rows()).as("at the bound")
                .hasSize(1);
    }

    private static ImportProblem problem(String text) {
        try {
            CsvTable.parse("t.csv", text).rows();
        } catch (ImportRefused refused) {
            return refused.problems().get(0);
        }
        throw new AssertionError("no problem with " + text.substring(0, 20));
    }

    @Test
    void a_nul_character_is_a_problem_on_its_row() {
        assertThat(problem("A,B\n1,2\n3,\"4\u00005\"\n")).satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).contains("NUL");
        });
    }
}
