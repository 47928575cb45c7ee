package org.openiro.escalation;

import java.time.Clock;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.escalation.port.in.ReferToCafcassCommand;
import org.openiro.escalation.port.in.ReferToCafcassUseCase;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.shared.UnitOfWork;

/** Records a Cafcass referral on an alert; nobody is told, as no event says it. */
public final class ReferToCafcass implements ReferToCafcassUseCase {

    private final AlertSteps steps;

    public ReferToCafcass(AuthorityRepository authorities, AlertRepository alerts, WorkingDayCalendar calendar,
                          UnitOfWork unitOfWork, Clock clock) {
        // A fact tells nobody: there is nothing to announce with.
        this.steps = new AlertSteps(new AlertRecords(authorities, alerts), alerts, null,
                new AlertViews(calendar, clock), unitOfWork);
    }

    @Override
    public AlertView refer(ReferToCafcassCommand c) {
        return steps.fact(c.authority(), c.alertId(), c.expectedVersion(), alert -> alert.referToCafcass(
                c.on() != null ? c.on() : steps.today(), c.note(), steps.today()));
    }
}
