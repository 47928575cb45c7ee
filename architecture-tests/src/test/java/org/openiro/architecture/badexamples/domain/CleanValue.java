package org.openiro.architecture.badexamples.domain;

import java.time.LocalDate;
import java.util.List;

/** What rule 1 allows: the JDK and the domain's own types (records and enums compile to java.lang only). */
public record CleanValue(String code, List<LocalDate> dates, Kind kind) {

    public enum Kind { FIRST, SECOND }

    public CleanValue {
        dates = List.copyOf(dates);
    }

    public boolean isFirst() {
        return switch (kind) {
            case FIRST -> true;
            case SECOND -> false;
        };
    }
}
