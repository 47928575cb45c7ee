package org.openiro.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DfE CSV file read as a spreadsheet would show it, however its records fall across the reader's buffer. */
class CsvTableTest {

    /** The reader's buffer holds this many characters: records are put across its end. */
    private static final int BUFFER = 1 << 16;

    private static List<String> cells(CsvTable table, String column) {
        return table.rows().stream().map(row -> row.get(column)).toList();
    }

    /** A header and a first row padded so that the text's character {@code at} is the first of the given tail. */
    private static String padTo(int at, String tail) {
        String head = "A,B\r\nx,";
        return head + "y".repeat(at - head.length()) + tail;
    }

    @Test
    void a_line_end_split_by_the_buffer_is_one_line_end() {
        CsvTable table = CsvTable.parse("t.csv", padTo(BUFFER - 1, "\r\n2,z\r\n"));

        assertThat(cells(table, "A")).containsExactly("x", "2");
        assertThat(table.rows().get(1).number()).as("no blank row between").isEqualTo(3);
    }

    @Test
    void a_doubled_quote_or_a_closing_quote_split_by_the_buffer_reads_as_written() {
        assertThat(cells(CsvTable.parse("t.csv", padTo(BUFFER - 3, "\"a\"\"b\",c\n")), "B"))
                .singleElement().asString().endsWith("a\"b");
        assertThat(cells(CsvTable.parse("t.csv", padTo(BUFFER - 3, "\"q\"\n3,w\n")), "A"))
                .containsExactly("x", "3");
        assertThat(cells(CsvTable.parse("t.csv", "A,B\nx,\"" + "q".repeat(BUFFER) + "\"\"\"\n"), "B"))
                .singleElement().asString().hasSize(BUFFER + 1).endsWith("q\"");
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
}
