package org.openiro.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.ChildId;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;
import org.openiro.voice.port.in.ViewChildsVoiceUseCase;
import org.openiro.voice.port.out.VoiceRepository;

/** Reads advocacy referrals, Independent Visitor matches and feedback. */
public final class ViewChildsVoice implements ViewChildsVoiceUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final VoiceRepository voice;
    private final UnitOfWork unitOfWork;

    public ViewChildsVoice(AuthorityRepository authorities, ChildRepository children, VoiceRepository voice,
                           UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.children = children;
        this.voice = voice;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<AdvocacyReferral> advocacyReferrals(AuthorityCode code, ChildId childId) {
        return unitOfWork.inTransaction(() -> {
            children.require(code, childId);
            return voice.referrals(code, childId);
        });
    }

    @Override
    public Optional<IndependentVisitor> independentVisitor(AuthorityCode code, ChildId childId) {
        return unitOfWork.inTransaction(() -> {
            children.require(code, childId);
            return voice.independentVisitor(code, childId);
        });
    }

    @Override
    public List<Feedback> feedback(AuthorityCode code, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from");
        }
        return unitOfWork.inTransaction(() -> {
            authorities.require(code);
            return voice.feedback(code, from, to);
        });
    }
}
