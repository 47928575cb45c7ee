package org.openiro.care;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.port.in.RecordCareChangeUseCase;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.EndReason;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.shared.UnitOfWork;

public final class RecordCareChangeService implements RecordCareChangeUseCase {

    private final CareRecords records;
    private final UnitOfWork unitOfWork;

    public RecordCareChangeService(CareRecords records, UnitOfWork unitOfWork) {
        this.records = records;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ChildRecord endPeriodOfCare(AuthorityCode authority, ChildId child, LocalDate endDate, String reason) {
        EndReason why = EndReason.of("reason", reason);
        return change(authority, child, c -> c.endPeriodOfCare(endDate, why, records.today()));
    }

    @Override
    public ChildRecord recordPlacement(AuthorityCode authority, ChildId child, LocalDate startDate, String type,
                                       Boolean over20Miles, Boolean planned) {
        Placement placement = new Placement(startDate, PlacementType.of("type", type, startDate), over20Miles, planned);
        return change(authority, child, c -> c.recordPlacement(placement, records.today()));
    }

    @Override
    public ChildRecord changeLegalStatus(AuthorityCode authority, ChildId child, LocalDate from, LegalStatus status) {
        return change(authority, child, c -> c.changeLegalStatus(new LegalStatusSpell(from, status), records.today()));
    }

    private ChildRecord change(AuthorityCode code, ChildId childId, UnaryOperator<Child> change) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = records.authority(code);
            Child changed = change.apply(records.childForChange(code, childId));
            records.save(changed);
            return records.rescheduled(authority, changed);
        });
    }
}
