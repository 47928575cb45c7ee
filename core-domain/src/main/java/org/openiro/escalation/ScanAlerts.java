package org.openiro.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.openiro.authority.LadderStage;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.escalation.port.in.ScanAlertsUseCase;
import org.openiro.escalation.port.out.AlertPeople;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.shared.UnitOfWork;

/**
 * Looks over every open alert for what each alert finds of itself today: a late response, the escalation limit
 * passed. Each finding is told once (its event carries a key), however often it is found or by however many
 * instances at once.
 */
public final class ScanAlerts implements ScanAlertsUseCase {

    private final AlertRepository alerts;
    private final AlertPeople people;
    private final Announcements announcements;
    private final WorkingDayCalendar calendar;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ScanAlerts(AlertRepository alerts, AlertPeople people, EventOutbox outbox, WorkingDayCalendar calendar,
                      UnitOfWork unitOfWork, Clock clock) {
        this.alerts = alerts;
        this.people = people;
        this.announcements = new Announcements(people, outbox, clock);
        this.calendar = calendar;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int scan() {
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            int found = 0;
            for (Alert alert : alerts.open()) {
                Optional<AlertResponseOverdue> late = alert.responseOverdue(today);
                if (late.isPresent()) {
                    announcements.announce(late.get(), nextStageManager(alert));
                    found++;
                }
                Optional<AlertOverTimescale> over = alert.overTimescaleFinding(today, calendar);
                if (over.isPresent()) {
                    announcements.announce(over.get());
                    found++;
                }
            }
            return found;
        });
    }

    /**
     * A late response goes up a rung: to the child's team manager when the next stage is theirs (the service knows
     * them from the social worker's record), otherwise to whoever holds the next stage's role.
     */
    private Optional<Recipient> nextStageManager(Alert alert) {
        return alert.nextStage().map(s -> s.respondentRole().word()).map(role -> "team-manager".equals(role)
                ? people.teamManager(alert.authority(), alert.childId()).map(Recipient::of)
                        .orElse(Recipient.holderOf(role))
                : Recipient.holderOf(role));
    }
}
