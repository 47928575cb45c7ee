package org.openiro.voice.port.in;

import java.time.LocalDate;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.voice.AdvocacyReferral;
import org.openiro.voice.Feedback;
import org.openiro.voice.IndependentVisitor;

/** Hearing the child beyond their reviews: advocacy referrals, Independent Visitors, and feedback on the service. */
public interface ChildsVoiceUseCase {

    AdvocacyReferral referToAdvocacy(AuthorityCode authority, ChildId child, LocalDate on, String provider,
                                     String type);

    List<AdvocacyReferral> advocacyReferrals(AuthorityCode authority, ChildId child);

    /** The child's Independent Visitor match, the latest; empty when never matched. */
    java.util.Optional<IndependentVisitor> independentVisitor(AuthorityCode authority, ChildId child);

    record Matched(IndependentVisitor visitor, boolean created) {
    }

    Matched matchIndependentVisitor(AuthorityCode authority, ChildId child, LocalDate matchedOn, LocalDate endedOn);

    Feedback recordFeedback(AuthorityCode authority, String from, LocalDate on, String childId, String iroId,
                            Integer rating, String text);

    List<Feedback> feedback(AuthorityCode authority, LocalDate from, LocalDate to);
}
