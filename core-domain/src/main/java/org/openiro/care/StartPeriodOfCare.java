package org.openiro.care;

import org.openiro.authority.Authority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.care.port.in.StartPeriodOfCareUseCase;
import org.openiro.children.Child;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.shared.UnitOfWork;

/** Starts a period of care, and with it the child's review cycle. */
public final class StartPeriodOfCare implements StartPeriodOfCareUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final ChildRecords records;
    private final UnitOfWork unitOfWork;

    public StartPeriodOfCare(AuthorityRepository authorities, ChildRepository children, ChildRecords records,
                             UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.children = children;
        this.records = records;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ChildRecord start(StartPeriodOfCareCommand command) {
        Placement placement = new Placement(command.startDate(),
                PlacementType.of("placement.type", command.placementType(), command.startDate()),
                command.over20Miles(), command.planned());
        return unitOfWork.inTransaction(() -> {
            Authority authority = authorities.require(command.authority());
            Child child = children.requireForChange(command.authority(), command.childId())
                    .startPeriodOfCare(command.startDate(), command.legalStatus(), placement, records.today());
            children.save(child);
            return records.rescheduled(authority, child);
        });
    }
}
