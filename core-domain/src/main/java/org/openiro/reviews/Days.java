package org.openiro.reviews;

import java.time.LocalDate;

/**
 * Dates as plain ints for the schedule's arithmetic ({@link ReviewHistory}): {@code year << 9 | month << 5 | day}.
 * Two such numbers compare as their dates do, so "is before" is {@code <}; and adding months, which most due dates
 * are, is a division of the month count with no {@code LocalDate} made (the end of a shorter month, as
 * {@link LocalDate#plusMonths} gives). A {@code LocalDate} is made only for a due date that is the answer, and for
 * the working-day calendar.
 *
 * <p>Why not epoch days: a month added to an epoch day needs the day turned into year, month and day and back, the
 * civil-calendar arithmetic {@code LocalDate} does, on almost every due date; here that is a shift and a mask.
 */
final class Days {

    /** No date (a review not yet held, a period still open's end when it is asked as a day): before every date. */
    static final int NONE = Integer.MIN_VALUE;
    /** After every date: no end, or "everything known" where the schedule asks as at a day. */
    static final int ALL = Integer.MAX_VALUE;

    private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Days() {
    }

    static int of(LocalDate date) {
        return date.getYear() << 9 | date.getMonthValue() << 5 | date.getDayOfMonth();
    }

    /** {@link #of}, or {@code ifNull} for null. */
    static int of(LocalDate date, int ifNull) {
        return date == null ? ifNull : of(date);
    }

    static LocalDate date(int day) {
        return LocalDate.of(day >> 9, (day >> 5) & 15, day & 31);
    }

    /** {@code date(day).plusMonths(months)}, months not negative. */
    static int plusMonths(int day, int months) {
        int month = (day >> 9) * 12 + ((day >> 5) & 15) - 1 + months;
        int year = month / 12;
        int monthOfYear = month % 12 + 1;
        return year << 9 | monthOfYear << 5 | Math.min(day & 31, lengthOfMonth(year, monthOfYear));
    }

    /** {@code date(day).plusDays(days)}: rare enough in the schedule to go through {@code LocalDate}. */
    static int plusDays(int day, int days) {
        return of(date(day).plusDays(days));
    }

    /** {@code date(day).minusDays(1)}: the day before, with no {@code LocalDate} made. */
    static int dayBefore(int day) {
        if ((day & 31) > 1) {
            return day - 1;
        }
        int year = day >> 9;
        int month = (day >> 5) & 15;
        if (month == 1) {
            return (year - 1) << 9 | 12 << 5 | 31;
        }
        return year << 9 | (month - 1) << 5 | lengthOfMonth(year, month - 1);
    }

    private static int lengthOfMonth(int year, int month) {
        if (month == 2 && (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0)) {
            return 29;
        }
        return DAYS_IN_MONTH[month];
    }
}
