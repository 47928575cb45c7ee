package org.openiro.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openiro.authority.Authority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;
import org.openiro.voice.port.in.ReferToAdvocacyUseCase;
import org.openiro.voice.port.out.VoiceRepository;

/** Records a referral of the child to an advocacy provider the authority commissions. */
public final class ReferToAdvocacy implements ReferToAdvocacyUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final VoiceRepository voice;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ReferToAdvocacy(AuthorityRepository authorities, ChildRepository children, VoiceRepository voice,
                           UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.voice = voice;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public AdvocacyReferral refer(ReferToAdvocacyCommand command) {
        if (command.on() != null && command.on().isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("on", "must not be in the future");
        }
        return unitOfWork.inTransaction(() -> {
            Authority authority = authorities.require(command.authority());
            if (authority.policy().advocacyProviders().stream().noneMatch(p -> p.id().equals(command.provider()))) {
                throw new InvalidInput("provider", "not one of the authority's commissioned advocacy providers");
            }
            children.require(command.authority(), command.child());
            AdvocacyReferral referral = new AdvocacyReferral(UUID.randomUUID().toString(), command.on(),
                    command.provider(), command.type());
            voice.insert(command.authority(), command.child(), referral);
            return referral;
        });
    }
}
