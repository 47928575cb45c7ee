package org.openiro.calendar;

import java.time.LocalDate;

/**
 * The dates the service takes (issue 22): those the working-day calendar can count from. The bank holiday list covers
 * 2000–2040; every date a schedule derives from a date on record (a due date six months on, a deadline 20 working
 * days back) stays inside it when the date itself is within 2001–2039. A date outside is refused as a 400 naming the
 * field rather than stored, since from then on every answer that counted from it would fail.
 *
 * <p>A date of birth may be earlier: looked-after care ends at 18, so a child looked after on the first day the
 * calendar covers was born after 1 January 1983, and a history import can name them. Their birth is never counted
 * in working days.
 */
public final class SupportedDates {

    public static final LocalDate FIRST = LocalDate.of(2001, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2039, 12, 31);
    public static final LocalDate FIRST_BIRTH = LocalDate.of(1983, 1, 1);

    /** Written out, so that annotations can carry it; a test holds it to the dates above. */
    public static final String MESSAGE = "must be between 2001-01-01 and 2039-12-31, the years the working-day"
            + " calendar covers";
    public static final String BIRTH_MESSAGE = "must be between 1983-01-01 and 2039-12-31";

    private SupportedDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    public static boolean containsBirth(LocalDate date) {
        return !date.isBefore(FIRST_BIRTH) && !date.isAfter(LAST);
    }
}
