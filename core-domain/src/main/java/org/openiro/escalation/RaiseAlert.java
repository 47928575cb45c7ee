package org.openiro.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openiro.authority.Authority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.escalation.port.in.RaiseAlertCommand;
import org.openiro.escalation.port.in.RaiseAlertUseCase;
import org.openiro.escalation.port.out.AlertPeople;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;

/** Raises an alert on a known child of a known authority, under its policy of the day, and tells its people. */
public final class RaiseAlert implements RaiseAlertUseCase {

    private final AlertRecords records;
    private final ChildRepository children;
    private final AlertRepository alerts;
    private final PeopleOnRecord onRecord;
    private final Announcements announcements;
    private final AlertViews views;
    private final WorkingDayCalendar calendar;
    private final UnitOfWork unitOfWork;

    public RaiseAlert(AuthorityRepository authorities, ChildRepository children, AlertRepository alerts,
                      AlertPeople people, EventOutbox outbox, WorkingDayCalendar calendar, UnitOfWork unitOfWork,
                      Clock clock) {
        this.records = new AlertRecords(authorities, alerts);
        this.children = children;
        this.alerts = alerts;
        this.onRecord = new PeopleOnRecord(people);
        this.announcements = new Announcements(people, outbox, clock);
        this.views = new AlertViews(calendar, clock);
        this.calendar = calendar;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public AlertView raise(RaiseAlertCommand r) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = records.authority(r.authority());
            children.require(r.authority(), r.child());
            LocalDate today = views.today();
            LocalDate raisedOn = r.raisedOn() != null ? r.raisedOn() : today;
            Person with = r.raisedWith() != null ? r.raisedWith() : onRecord.at(authority, r.child(), r.stage())
                    .orElseThrow(() -> new InvalidInput("raisedWith", "name the person the alert is raised with: "
                            + "the child has no " + PeopleOnRecord.roleOf(authority, r.stage()) + " on record"));
            AlertRaised raised = Alert.raise(UUID.randomUUID().toString(), r.authority(), r.child(), raisedOn,
                    r.reasons(), r.stage(), with, r.description(), r.outcomeSought(), r.partnerAgency(), r.theme(),
                    authority.policy(), calendar, today);
            alerts.insert(raised.alert());
            announcements.announce(raised);
            return views.of(raised.alert());
        });
    }
}
