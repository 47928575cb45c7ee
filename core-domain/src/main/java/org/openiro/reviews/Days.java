package org.openiro.reviews;

import java.time.LocalDate;
import org.openiro.calendar.WorkingDayCalendar;

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

    private static final long DAYS_0000_TO_1970 = 719_528;
    private static final long DAYS_PER_CYCLE = 146_097;
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

    /** {@code date(day).toEpochDay()}, with no {@code LocalDate} made: for the working-day calendar's look-ups. */
    static long toEpochDay(int day) {
        long year = day >> 9;
        int month = (day >> 5) & 15;
        // LocalDate.toEpochDay's arithmetic, for years from 0 on (the only ones a child's history has).
        long total = 365 * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        total += (367 * month - 362) / 12;
        total += (day & 31) - 1;
        if (month > 2) {
            total -= isLeap((int) year) ? 1 : 2;
        }
        return total - DAYS_0000_TO_1970;
    }

    /** {@code of(LocalDate.ofEpochDay(epochDay))}, with no {@code LocalDate} made; {@code LocalDate}'s arithmetic. */
    static int ofEpochDay(long epochDay) {
        long zeroDay = epochDay + DAYS_0000_TO_1970 - 60; // from 1 March of year 0, so that 29 February comes last
        if (zeroDay < 0) {
            throw new IllegalArgumentException("before the year 0: " + epochDay);
        }
        long year = (400 * zeroDay + 591) / DAYS_PER_CYCLE;
        long dayOfYear = zeroDay - (365 * year + year / 4 - year / 100 + year / 400);
        if (dayOfYear < 0) {
            year--;
            dayOfYear = zeroDay - (365 * year + year / 4 - year / 100 + year / 400);
        }
        int marchDay = (int) dayOfYear;
        int marchMonth = (marchDay * 5 + 2) / 153;
        int month = (marchMonth + 2) % 12 + 1;
        int dayOfMonth = marchDay - (marchMonth * 306 + 5) / 10 + 1;
        year += marchMonth / 10;
        return (int) year << 9 | month << 5 | dayOfMonth;
    }

    /** The {@code n}th working day after {@code day} by {@code calendar}, with no {@code LocalDate} made. */
    static int workingDaysAfter(WorkingDayCalendar calendar, int day, int n) {
        return ofEpochDay(calendar.workingDaysAfter(toEpochDay(day), n));
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
        if (month == 2 && isLeap(year)) {
            return 29;
        }
        return DAYS_IN_MONTH[month];
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }
}
