package org.openiro.escalation;

import java.time.Clock;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.escalation.port.in.ResolveAlertCommand;
import org.openiro.escalation.port.in.ResolveAlertUseCase;
import org.openiro.escalation.port.out.AlertPeople;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.shared.UnitOfWork;

/** Resolves an alert and tells its people. */
public final class ResolveAlert implements ResolveAlertUseCase {

    private final AlertSteps steps;

    public ResolveAlert(AuthorityRepository authorities, AlertRepository alerts, AlertPeople people, EventOutbox outbox,
                        WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        AlertViews views = new AlertViews(calendar, clock);
        this.steps = new AlertSteps(new AlertRecords(authorities, alerts), alerts,
                new Announcements(people, outbox, clock), views, unitOfWork);
    }

    @Override
    public AlertView resolve(ResolveAlertCommand c) {
        return steps.step(c.authority(), c.alertId(), c.expectedVersion(), alert -> alert.resolve(
                c.resolvedOn() != null ? c.resolvedOn() : steps.today(), c.outcome(), c.impact(), c.impactText(),
                steps.today()));
    }
}
