package org.openiro.care;

import org.openiro.authority.Authority;
import org.openiro.care.port.in.StartPeriodOfCareUseCase;
import org.openiro.children.Child;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.shared.UnitOfWork;

public final class StartPeriodOfCareService implements StartPeriodOfCareUseCase {

    private final CareRecords records;
    private final UnitOfWork unitOfWork;

    public StartPeriodOfCareService(CareRecords records, UnitOfWork unitOfWork) {
        this.records = records;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ChildRecord start(StartPeriodOfCareCommand command) {
        Placement placement = new Placement(command.startDate(),
                PlacementType.of("placement.type", command.placementType(), command.startDate()),
                command.over20Miles(), command.planned());
        return unitOfWork.inTransaction(() -> {
            Authority authority = records.authority(command.authority());
            Child child = records.childForChange(command.authority(), command.childId())
                    .startPeriodOfCare(command.startDate(), command.legalStatus(), placement, records.today());
            records.save(child);
            return records.rescheduled(authority, child);
        });
    }
}
