package org.openiro.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.ChildId;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;
import org.openiro.voice.port.in.RecordFeedbackUseCase;
import org.openiro.voice.port.out.VoiceRepository;

/** Records feedback on the service. */
public final class RecordFeedback implements RecordFeedbackUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final VoiceRepository voice;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RecordFeedback(AuthorityRepository authorities, ChildRepository children, VoiceRepository voice,
                          UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.voice = voice;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Feedback record(RecordFeedbackCommand command) {
        if (command.on() != null && command.on().isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("on", "must not be in the future");
        }
        return unitOfWork.inTransaction(() -> {
            authorities.require(command.authority());
            if (command.childId() != null) {
                children.require(command.authority(), ChildId.of(command.childId()));
            }
            Feedback feedback = new Feedback(UUID.randomUUID().toString(), command.from(), command.on(),
                    command.childId(), command.iroId(), command.rating(), command.text());
            voice.insert(command.authority(), feedback);
            return feedback;
        });
    }
}
