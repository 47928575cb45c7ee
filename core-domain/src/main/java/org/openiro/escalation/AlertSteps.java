package org.openiro.escalation;

import java.time.LocalDate;
import java.util.function.Function;
import org.openiro.authority.AuthorityCode;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.shared.UnitOfWork;

/**
 * How every change to an existing alert goes, in one transaction: read it at the version the request saw (of two
 * changes at once, one wins), take the step, save it, and announce the step's event if it has one.
 */
final class AlertSteps {

    private final AlertRecords records;
    private final AlertRepository alerts;
    private final Announcements announcements;
    private final AlertViews views;
    private final UnitOfWork unitOfWork;

    AlertSteps(AlertRecords records, AlertRepository alerts, Announcements announcements, AlertViews views,
               UnitOfWork unitOfWork) {
        this.records = records;
        this.alerts = alerts;
        this.announcements = announcements;
        this.views = views;
        this.unitOfWork = unitOfWork;
    }

    LocalDate today() {
        return views.today();
    }

    /** A step of the process: saved, and its event told. */
    AlertView step(AuthorityCode code, String alertId, Long expectedVersion, Function<Alert, AlertEvent> step) {
        return unitOfWork.inTransaction(() -> {
            AlertEvent event = step.apply(records.alertAt(code, alertId, expectedVersion));
            Alert saved = alerts.update(event.alert());
            announcements.announce(event);
            return views.of(saved);
        });
    }

    /** A dated fact on the alert (a Cafcass referral, legal advice): saved, with no event. */
    AlertView fact(AuthorityCode code, String alertId, Long expectedVersion, Function<Alert, Alert> fact) {
        return unitOfWork.inTransaction(() -> views.of(alerts.update(
                fact.apply(records.alertAt(code, alertId, expectedVersion)))));
    }
}
