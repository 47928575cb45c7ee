package org.openiro.authority;

import org.openiro.authority.port.in.ViewAuthorityUseCase;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.shared.UnitOfWork;

/** Reads an authority back with the policy in force. */
public final class ViewAuthority implements ViewAuthorityUseCase {

    private final AuthorityRepository authorities;
    private final UnitOfWork unitOfWork;

    public ViewAuthority(AuthorityRepository authorities, UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Authority view(AuthorityCode code) {
        return unitOfWork.inTransaction(() -> authorities.require(code));
    }
}
