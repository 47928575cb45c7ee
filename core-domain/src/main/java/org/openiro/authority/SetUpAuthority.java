package org.openiro.authority;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.openiro.authority.port.in.SetUpAuthorityUseCase;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.authority.port.out.ReviewTimingFollowsPolicy;
import org.openiro.shared.UnitOfWork;

/**
 * Sets up an authority, or changes it. A changed policy takes effect today: the old one is kept for the reviews held
 * under it.
 */
public final class SetUpAuthority implements SetUpAuthorityUseCase {

    private final AuthorityRepository authorities;
    private final ReviewTimingFollowsPolicy reviewTiming;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SetUpAuthority(AuthorityRepository authorities, ReviewTimingFollowsPolicy reviewTiming,
                          UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.reviewTiming = reviewTiming;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Result setUp(SetUpAuthorityCommand command) {
        Policy policy = PolicyPresets.policy(command.preset(), command.overrides());
        return unitOfWork.inTransaction(() -> {
            Optional<Authority> before = authorities.find(command.code());
            PolicyHistory policies = before.map(a -> a.policies().changedOn(LocalDate.now(clock), policy))
                    .orElseGet(() -> PolicyHistory.of(policy));
            Authority authority = new Authority(command.code(), command.name(), policies, command.childPopulation());
            boolean created = authorities.save(authority);
            if (before.isPresent() && !before.get().policy().timesReviewsAs(policy)) {
                reviewTiming.policyChanged(authority);
            }
            return new Result(authority, created);
        });
    }
}
