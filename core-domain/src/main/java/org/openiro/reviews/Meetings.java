package org.openiro.reviews;

import java.time.LocalDate;
import java.util.List;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;

/**
 * The meeting or series of meetings a review was held in, in order. The first decides timeliness; the last is the
 * review's date for everything else (the SSDA903 REVIEW date, the PN0 age rule, the deadlines, the next due date).
 */
public record Meetings(List<LocalDate> dates) {

    /** A series should finish within 20 working days of its first meeting (IRO Handbook); a longer one is recorded but late. */
    public static final int SERIES_WORKING_DAYS = 20;

    public Meetings {
        if (dates == null || dates.isEmpty()) {
            throw new InvalidInput("meetingDates", "a review has at least one meeting date");
        }
        dates = List.copyOf(dates);
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(dates.get(i - 1))) {
                throw new InvalidInput(List.of(new FieldError("meetingDates[" + i + "]",
                        "meetings of a series are listed in order, each after the one before")));
            }
        }
    }

    public static Meetings on(LocalDate... dates) {
        return new Meetings(List.of(dates));
    }

    public LocalDate first() {
        return dates.get(0);
    }

    public LocalDate last() {
        return dates.get(dates.size() - 1);
    }

    public boolean isSeries() {
        return dates.size() > 1;
    }

    /** Whether the series finished within 20 working days of its first meeting; a single meeting always does. */
    public boolean finishedWithinSeriesLimit(WorkingDayCalendar calendar) {
        return !isSeries() || !last().isAfter(calendar.workingDaysAfter(first(), SERIES_WORKING_DAYS));
    }

    /** The review was held in timescale: its first meeting on or before the due date, and the series not too long. */
    public boolean inTimescale(LocalDate dueDate, WorkingDayCalendar calendar) {
        return !first().isAfter(dueDate) && finishedWithinSeriesLimit(calendar);
    }
}
