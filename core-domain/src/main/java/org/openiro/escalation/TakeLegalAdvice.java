package org.openiro.escalation;

import java.time.Clock;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.escalation.port.in.TakeLegalAdviceCommand;
import org.openiro.escalation.port.in.TakeLegalAdviceUseCase;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.shared.UnitOfWork;

/** Records legal advice taken on an alert; nobody is told, as no event says it. */
public final class TakeLegalAdvice implements TakeLegalAdviceUseCase {

    private final AlertSteps steps;

    public TakeLegalAdvice(AuthorityRepository authorities, AlertRepository alerts, WorkingDayCalendar calendar,
                           UnitOfWork unitOfWork, Clock clock) {
        // A fact tells nobody: there is nothing to announce with.
        this.steps = new AlertSteps(new AlertRecords(authorities, alerts), alerts, null,
                new AlertViews(calendar, clock), unitOfWork);
    }

    @Override
    public AlertView takeAdvice(TakeLegalAdviceCommand c) {
        return steps.fact(c.authority(), c.alertId(), c.expectedVersion(), alert -> alert.takeLegalAdvice(
                c.on() != null ? c.on() : steps.today(), c.note(), steps.today()));
    }
}
