package org.openiro.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.escalation.port.in.RecordGoodPracticeCommand;
import org.openiro.escalation.port.in.RecordGoodPracticeUseCase;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;

/** Records good practice the IRO noticed in a known child's care; it tells nobody. */
public final class RecordGoodPractice implements RecordGoodPracticeUseCase {

    private final AlertRecords records;
    private final ChildRepository children;
    private final AlertRepository alerts;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RecordGoodPractice(AuthorityRepository authorities, ChildRepository children, AlertRepository alerts,
                              UnitOfWork unitOfWork, Clock clock) {
        this.records = new AlertRecords(authorities, alerts);
        this.children = children;
        this.alerts = alerts;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public GoodPracticeNote record(RecordGoodPracticeCommand c) {
        if (c.on().isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("on", "must not be in the future");
        }
        return unitOfWork.inTransaction(() -> {
            records.authority(c.authority());
            children.require(c.authority(), c.child());
            GoodPracticeNote note = new GoodPracticeNote(UUID.randomUUID().toString(), c.on(), c.socialWorkerId(),
                    c.team(), c.text());
            alerts.insert(c.authority(), c.child(), note);
            return note;
        });
    }
}
