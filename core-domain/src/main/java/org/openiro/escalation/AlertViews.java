package org.openiro.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.escalation.port.in.AlertView;

/** What today makes of an alert, for every use case that answers one. */
final class AlertViews {

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    AlertViews(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    AlertView of(Alert alert) {
        LocalDate today = today();
        return new AlertView(alert, alert.overTimescale(today, calendar), alert.ageWorkingDays(today, calendar),
                IntStream.range(0, alert.stages().size()).mapToObj(i -> alert.stageOverdue(i, today)).toList());
    }
}
