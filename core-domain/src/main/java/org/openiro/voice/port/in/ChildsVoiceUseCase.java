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

    /** Records a referral of the child to an advocacy provider. */
    AdvocacyReferral referToAdvocacy(AuthorityCode authority, ChildId child, LocalDate on, String provider,
                                     String type);

    /** The child's advocacy referrals. */
    List<AdvocacyReferral> advocacyReferrals(AuthorityCode authority, ChildId child);

    /** The child's Independent Visitor match, the latest; empty when never matched. */
    java.util.Optional<IndependentVisitor> independentVisitor(AuthorityCode authority, ChildId child);

    /** The match as stored, and whether it was new. */
    record Matched(IndependentVisitor visitor, boolean created) {
    }

    /** Records the child's Independent Visitor match, and when it ended (null while it goes on). */
    Matched matchIndependentVisitor(AuthorityCode authority, ChildId child, LocalDate matchedOn, LocalDate endedOn);

    /** Records feedback on the service from a child, parent, carer or professional. */
    Feedback recordFeedback(AuthorityCode authority, String from, LocalDate on, String childId, String iroId,
                            Integer rating, String text);

    /** Feedback given between the two days, both included, newest first. */
    List<Feedback> feedback(AuthorityCode authority, LocalDate from, LocalDate to);
}
