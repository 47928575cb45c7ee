package org.openiro.calendar;

import java.time.LocalDate;

/**
 * Working days in England: every day but Saturdays, Sundays, Christmas Day, Good Friday and the bank holidays
 * of England and Wales. "Within N working days of D" is on or before the Nth working day after D; D itself
 * never counts.
 */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate day);

    /** The Nth working day after {@code day}: looked after on Fri 15 Dec 2023, the 20th is Wed 17 Jan 2024. */
    LocalDate workingDaysAfter(LocalDate day, int n);

    /**
     * {@link #workingDaysAfter(LocalDate, int)} of days as epoch days ({@link LocalDate#toEpochDay()}): for the review
     * schedule, which works on days as numbers and makes a {@code LocalDate} only for an answer (issue 23, ninth step).
     * A calendar that keeps its days as numbers answers it with none made.
     */
    default long workingDaysAfter(long epochDay, int n) {
        return workingDaysAfter(LocalDate.ofEpochDay(epochDay), n).toEpochDay();
    }

    /** The Nth working day before {@code day}: three before Thu 14 Mar 2024 is Mon 11 Mar 2024. */
    LocalDate workingDaysBefore(LocalDate day, int n);

    /** How many working days fall after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
