package org.openiro.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.UnknownAuthority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.ChildId;
import org.openiro.children.UnknownChild;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.reviews.Advocacy;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.LocalId;
import org.openiro.shared.UnitOfWork;
import org.openiro.voice.port.in.ChildsVoiceUseCase;
import org.openiro.voice.port.out.VoiceRepository;

public final class ChildsVoice implements ChildsVoiceUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final VoiceRepository voice;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChildsVoice(AuthorityRepository authorities, ChildRepository children, VoiceRepository voice,
                       UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.voice = voice;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    private Authority authority(AuthorityCode code) {
        return authorities.find(code).orElseThrow(() -> new UnknownAuthority(code));
    }

    private void child(AuthorityCode authority, ChildId child) {
        children.find(authority, child).orElseThrow(() -> new UnknownChild(child));
    }

    private void notInFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput(field, "must not be in the future");
        }
    }

    @Override
    public AdvocacyReferral referToAdvocacy(AuthorityCode code, ChildId childId, LocalDate on, String provider,
                                            String type) {
        notInFuture("on", on);
        if (type != null && !Advocacy.TYPES.contains(type)) {
            throw new InvalidInput("type", "must be instructed or non-instructed");
        }
        return unitOfWork.inTransaction(() -> {
            Authority authority = authority(code);
            if (authority.policy().advocacyProviders().stream().noneMatch(p -> p.id().equals(provider))) {
                throw new InvalidInput("provider", "not one of the authority's commissioned advocacy providers");
            }
            child(code, childId);
            AdvocacyReferral referral = new AdvocacyReferral(UUID.randomUUID().toString(), on, provider, type);
            voice.insert(code, childId, referral);
            return referral;
        });
    }

    @Override
    public java.util.Optional<IndependentVisitor> independentVisitor(AuthorityCode code, ChildId childId) {
        return unitOfWork.inTransaction(() -> {
            child(code, childId);
            return voice.independentVisitor(code, childId);
        });
    }

    @Override
    public List<AdvocacyReferral> advocacyReferrals(AuthorityCode code, ChildId childId) {
        return unitOfWork.inTransaction(() -> {
            child(code, childId);
            return voice.referrals(code, childId);
        });
    }

    @Override
    public Matched matchIndependentVisitor(AuthorityCode code, ChildId childId, LocalDate matchedOn,
                                           LocalDate endedOn) {
        notInFuture("matchedOn", matchedOn);
        notInFuture("endedOn", endedOn);
        if (endedOn != null && endedOn.isBefore(matchedOn)) {
            throw new InvalidInput("endedOn", "must not be before the match");
        }
        return unitOfWork.inTransaction(() -> {
            authority(code);
            child(code, childId);
            boolean created = voice.independentVisitor(code, childId).isEmpty();
            IndependentVisitor visitor = new IndependentVisitor(matchedOn, endedOn);
            voice.save(code, childId, visitor);
            return new Matched(visitor, created);
        });
    }

    @Override
    public Feedback recordFeedback(AuthorityCode code, String from, LocalDate on, String childId, String iroId,
                                   Integer rating, String text) {
        if (!Feedback.FROM.contains(from)) {
            throw new InvalidInput("from", "must be child, parent, carer or professional");
        }
        notInFuture("on", on);
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new InvalidInput("rating", "must be 1 to 5");
        }
        if (iroId != null) {
            LocalId.require("iroId", iroId);
        }
        return unitOfWork.inTransaction(() -> {
            authority(code);
            if (childId != null) {
                child(code, ChildId.of(childId));
            }
            Feedback feedback = new Feedback(UUID.randomUUID().toString(), from, on, childId, iroId, rating, text);
            voice.insert(code, feedback);
            return feedback;
        });
    }

    @Override
    public List<Feedback> feedback(AuthorityCode code, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from");
        }
        return unitOfWork.inTransaction(() -> {
            authority(code);
            return voice.feedback(code, from, to);
        });
    }
}
