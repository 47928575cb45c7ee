package org.openiro.care;

import java.util.function.UnaryOperator;
import org.openiro.authority.Authority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.care.port.in.RecordCareChangeUseCase;
import org.openiro.children.Child;
import org.openiro.children.EndReason;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.shared.UnitOfWork;

/** Records a change within a period of care, or its end, and measures the child's reviews again. */
public final class RecordCareChange implements RecordCareChangeUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final ChildRecords records;
    private final UnitOfWork unitOfWork;

    public RecordCareChange(AuthorityRepository authorities, ChildRepository children, ChildRecords records,
                            UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.children = children;
        this.records = records;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ChildRecord record(CareChange command) {
        // The codes are checked before the transaction, as they were when each change had its own method.
        UnaryOperator<Child> change = change(command);
        return unitOfWork.inTransaction(() -> {
            Authority authority = authorities.require(command.authority());
            Child changed = change.apply(children.requireForChange(command.authority(), command.child()));
            children.save(changed);
            return records.rescheduled(authority, changed);
        });
    }

    private UnaryOperator<Child> change(CareChange command) {
        if (command instanceof CareChange.EndPeriodOfCare end) {
            EndReason why = EndReason.of("reason", end.reason());
            return c -> c.endPeriodOfCare(end.endDate(), why, records.today());
        }
        if (command instanceof CareChange.RecordPlacement p) {
            Placement placement = new Placement(p.startDate(), PlacementType.of("type", p.type(), p.startDate()),
                    p.over20Miles(), p.planned());
            return c -> c.recordPlacement(placement, records.today());
        }
        CareChange.ChangeLegalStatus s = (CareChange.ChangeLegalStatus) command;
        return c -> c.changeLegalStatus(new LegalStatusSpell(s.from(), s.status()), records.today());
    }
}
