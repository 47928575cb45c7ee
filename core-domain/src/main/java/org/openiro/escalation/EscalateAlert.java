package org.openiro.escalation;

import java.time.Clock;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.escalation.port.in.EscalateAlertCommand;
import org.openiro.escalation.port.in.EscalateAlertUseCase;
import org.openiro.escalation.port.out.AlertPeople;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.shared.UnitOfWork;

/** Takes an alert up its ladder and tells the new person, whose answer is then due. */
public final class EscalateAlert implements EscalateAlertUseCase {

    private final AlertSteps steps;
    private final WorkingDayCalendar calendar;

    public EscalateAlert(AuthorityRepository authorities, AlertRepository alerts, AlertPeople people, EventOutbox outbox,
                         WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        AlertViews views = new AlertViews(calendar, clock);
        this.steps = new AlertSteps(new AlertRecords(authorities, alerts), alerts,
                new Announcements(people, outbox, clock), views, unitOfWork);
        this.calendar = calendar;
    }

    @Override
    public AlertView escalate(EscalateAlertCommand c) {
        return steps.step(c.authority(), c.alertId(), c.expectedVersion(), alert -> alert.escalate(c.stage(),
                c.raisedWith(), c.on() != null ? c.on() : steps.today(), c.reason(), calendar, steps.today()));
    }
}
