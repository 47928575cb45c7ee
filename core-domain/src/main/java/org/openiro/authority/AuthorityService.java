package org.openiro.authority;

import org.openiro.authority.port.in.SetUpAuthorityUseCase;
import org.openiro.authority.port.in.ViewAuthorityUseCase;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.shared.UnitOfWork;

/** Setting up an authority and reading it back. */
public final class AuthorityService implements SetUpAuthorityUseCase, ViewAuthorityUseCase {

    private final AuthorityRepository authorities;
    private final UnitOfWork unitOfWork;

    public AuthorityService(AuthorityRepository authorities, UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Result setUp(SetUpAuthorityCommand command) {
        Policy policy = PolicyPresets.policy(command.preset(), command.overrides());
        Authority authority = new Authority(command.code(), command.name(), policy, command.childPopulation());
        return unitOfWork.inTransaction(() -> new Result(authority, authorities.save(authority)));
    }

    @Override
    public Authority view(AuthorityCode code) {
        return unitOfWork.inTransaction(() -> authorities.find(code).orElseThrow(() -> new UnknownAuthority(code)));
    }
}
