package org.openiro.voice;

import java.time.Clock;
import java.time.LocalDate;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;
import org.openiro.voice.port.in.MatchIndependentVisitorUseCase;
import org.openiro.voice.port.out.VoiceRepository;

/** Records the child's Independent Visitor match, replacing any before. */
public final class MatchIndependentVisitor implements MatchIndependentVisitorUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final VoiceRepository voice;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public MatchIndependentVisitor(AuthorityRepository authorities, ChildRepository children, VoiceRepository voice,
                                   UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.voice = voice;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Matched match(MatchIndependentVisitorCommand command) {
        LocalDate today = LocalDate.now(clock);
        if (command.matchedOn().isAfter(today)) {
            throw new InvalidInput("matchedOn", "must not be in the future");
        }
        if (command.endedOn() != null && command.endedOn().isAfter(today)) {
            throw new InvalidInput("endedOn", "must not be in the future");
        }
        return unitOfWork.inTransaction(() -> {
            authorities.require(command.authority());
            children.require(command.authority(), command.child());
            boolean created = voice.independentVisitor(command.authority(), command.child()).isEmpty();
            IndependentVisitor visitor = new IndependentVisitor(command.matchedOn(), command.endedOn());
            voice.save(command.authority(), command.child(), visitor);
            return new Matched(visitor, created);
        });
    }
}
