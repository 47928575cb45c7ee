package org.openiro.escalation;

import java.time.Clock;
import org.openiro.access.Role;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.escalation.port.in.RespondToAlertCommand;
import org.openiro.escalation.port.in.RespondToAlertUseCase;
import org.openiro.escalation.port.out.AlertPeople;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;

/** Records the answer of the person an alert is with, and tells its people. */
public final class RespondToAlert implements RespondToAlertUseCase {

    private final AlertSteps steps;

    public RespondToAlert(AuthorityRepository authorities, AlertRepository alerts, AlertPeople people, EventOutbox outbox,
                          WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        AlertViews views = new AlertViews(calendar, clock);
        this.steps = new AlertSteps(new AlertRecords(authorities, alerts), alerts,
                new Announcements(people, outbox, clock), views, unitOfWork);
    }

    @Override
    public AlertView respond(RespondToAlertCommand c) {
        return steps.step(c.authority(), c.alertId(), c.expectedVersion(), alert -> {
            boolean asSocialWorker = !c.caller().has(Role.MANAGER) && !c.caller().has(Role.IRO);
            String socialWorkerId = c.caller().socialWorkerIn(c.authority()).orElse(null);
            if (!alert.answerableBy(c.caller())) {
                throw new UnknownAlert(c.alertId());
            }
            if (asSocialWorker && !c.by().id().equals(socialWorkerId)) {
                throw new InvalidInput("by.id", "a social worker answers in their own name");
            }
            return alert.respond(c.respondedOn() != null ? c.respondedOn() : steps.today(), c.by(), c.text(),
                    steps.today());
        });
    }
}
