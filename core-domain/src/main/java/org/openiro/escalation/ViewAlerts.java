package org.openiro.escalation;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.escalation.port.in.ViewAlertsUseCase;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.shared.LocalId;
import org.openiro.shared.Page;
import org.openiro.shared.UnitOfWork;

/** Reads an authority's alerts, each with what today makes of it. */
public final class ViewAlerts implements ViewAlertsUseCase {

    private final AlertRecords records;
    private final AlertRepository alerts;
    private final AlertViews views;
    private final UnitOfWork unitOfWork;

    public ViewAlerts(AuthorityRepository authorities, AlertRepository alerts, WorkingDayCalendar calendar,
                      UnitOfWork unitOfWork, Clock clock) {
        this.records = new AlertRecords(authorities, alerts);
        this.alerts = alerts;
        this.views = new AlertViews(calendar, clock);
        this.unitOfWork = unitOfWork;
    }

    @Override
    public AlertView alert(AuthorityCode code, String alertId) {
        return unitOfWork.inTransaction(() -> {
            records.authority(code);
            return views.of(records.alert(code, alertId));
        });
    }

    @Override
    public Page<AlertView> alerts(AuthorityCode code, AlertFilter filter, Page.Request page) {
        return unitOfWork.inTransaction(() -> {
            records.authority(code);
            return viewed(alerts.list(code, filter, page));
        });
    }

    @Override
    public Page<AlertView> alertsOverdueFirst(AuthorityCode code, AlertFilter filter, boolean onlyOverdue,
                                              Page.Request page) {
        return unitOfWork.inTransaction(() -> {
            records.authority(code);
            return viewed(alerts.listOverdueFirst(code, filter, views.today(), onlyOverdue, page));
        });
    }

    @Override
    public List<AlertView> awaitingResponseFrom(AuthorityCode code, String socialWorkerId) {
        LocalId.require("socialWorkerId", socialWorkerId);
        return unitOfWork.inTransaction(() -> {
            records.authority(code);
            return alerts.awaitingResponseFrom(code, socialWorkerId).stream()
                    .filter(a -> a.status() == AlertStatus.OPEN && a.current().raisedWith().id().equals(socialWorkerId))
                    .sorted(Comparator.comparing((Alert a) -> a.current().dueBy()).thenComparing(Alert::id))
                    .map(views::of).toList();
        });
    }

    private Page<AlertView> viewed(Page<Alert> found) {
        return new Page<>(found.items().stream().map(views::of).toList(), found.page(), found.size(),
                found.totalItems());
    }
}
