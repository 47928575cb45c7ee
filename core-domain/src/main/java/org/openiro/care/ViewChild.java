package org.openiro.care;

import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.care.port.in.ViewChildUseCase;
import org.openiro.children.ChildId;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.shared.UnitOfWork;

/** Reads a child as the service sees them today. */
public final class ViewChild implements ViewChildUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final ChildRecords records;
    private final UnitOfWork unitOfWork;

    public ViewChild(AuthorityRepository authorities, ChildRepository children, ChildRecords records,
                     UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.children = children;
        this.records = records;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ChildRecord view(AuthorityCode authority, ChildId childId) {
        return unitOfWork.inTransaction(
                () -> records.recordOf(authorities.require(authority), children.require(authority, childId)));
    }
}
