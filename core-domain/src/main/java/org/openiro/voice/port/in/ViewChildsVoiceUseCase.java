package org.openiro.voice.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.voice.AdvocacyReferral;
import org.openiro.voice.Feedback;
import org.openiro.voice.IndependentVisitor;

/** Reads what was recorded of the child's voice beyond their reviews, and the feedback on the service. */
public interface ViewChildsVoiceUseCase {

    /** The child's advocacy referrals. */
    List<AdvocacyReferral> advocacyReferrals(AuthorityCode authority, ChildId child);

    /** The child's Independent Visitor match, the latest; empty when never matched. */
    Optional<IndependentVisitor> independentVisitor(AuthorityCode authority, ChildId child);

    /** Feedback given between the two days, both included, newest first. */
    List<Feedback> feedback(AuthorityCode authority, LocalDate from, LocalDate to);
}
