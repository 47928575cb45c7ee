package org.openiro.ssda903;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the DfE's CSV files as a data officer sees it in a spreadsheet: a header line of column names, then rows
 * numbered as the spreadsheet numbers them (the first row under the header is row 2). Quoted fields, doubled quotes,
 * CRLF or LF line ends and a UTF-8 byte order mark are read as spreadsheets write them.
 */
public record CsvTable(String file, List<String> columns, List<Row> rows) {

    /** A row by column name; a column the row lacks reads as blank. */
    public record Row(int number, Map<String, String> values) {
        public String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.trim();
        }
    }

    public static CsvTable parse(String file, String text) {
        List<List<String>> lines = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (lines.isEmpty()) {
            return new CsvTable(file, List.of(), List.of());
        }
        List<String> columns = lines.get(0).stream().map(c -> c.trim().toUpperCase(java.util.Locale.ROOT)).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> fields = lines.get(i);
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < columns.size() && c < fields.size(); c++) {
                values.put(columns.get(c), fields.get(c));
            }
            rows.add(new Row(i + 1, values));
        }
        return new CsvTable(file, columns, List.copyOf(rows));
    }

    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
