package org.openiro.http.reports;

import org.openiro.reporting.ServiceReport;

/**
 * reports.md, "Formats", CSV: one figure a row, for spreadsheets and BI tools. Counts are written as whole numbers,
 * shares as decimals; a value with nothing to divide by is left empty.
 */
final class ServiceReportCsv {

    static final String HEADER = "section,figure,breakdown,value,previous_value,numerator,denominator";

    private ServiceReportCsv() {
    }

    static String of(ServiceReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ServiceReport.Section section : report.sections()) {
            for (ServiceReport.Line line : section.figures()) {
                csv.append(section.id()).append(',').append(line.id()).append(',')
                        .append(line.breakdown() == null ? "" : quoted(line.breakdown())).append(',')
                        .append(number(line.value())).append(',').append(number(line.previousValue())).append(',')
                        .append(line.numerator() == null ? "" : line.numerator()).append(',')
                        .append(line.denominator() == null ? "" : line.denominator()).append("\r\n");
            }
        }
        return csv.toString();
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString(value.longValue());
        }
        return Double.toString(value);
    }

    /** Breakdown values are ids, but a reason or provider id is the authority's own: quote what needs it. */
    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
