package org.openiro.http.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as GOV.UK writes them: "5 December 2026", never 05/12/2026 or 2026-12-05; "9:05am", "2:30pm". */
public final class Dates {

    private static final DateTimeFormatter GOV_UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : GOV_UK.format(date);
    }

    public static String time(java.time.LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return hour + ":" + String.format(Locale.UK, "%02d", time.getMinute()) + (time.getHour() < 12 ? "am" : "pm");
    }
}
