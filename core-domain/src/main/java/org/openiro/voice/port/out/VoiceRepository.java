package org.openiro.voice.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.voice.AdvocacyReferral;
import org.openiro.voice.Feedback;
import org.openiro.voice.IndependentVisitor;

/** What is kept of the child's voice beyond their reviews. */
public interface VoiceRepository {

    /** Stores an advocacy referral. */
    void insert(AuthorityCode authority, ChildId child, AdvocacyReferral referral);

    /** The child's advocacy referrals. */
    List<AdvocacyReferral> referrals(AuthorityCode authority, ChildId child);

    /** The child's Independent Visitor match; empty when never matched. */
    Optional<IndependentVisitor> independentVisitor(AuthorityCode authority, ChildId child);

    /** Saves the child's Independent Visitor match, replacing the one before. */
    void save(AuthorityCode authority, ChildId child, IndependentVisitor visitor);

    /** Stores feedback on the service. */
    void insert(AuthorityCode authority, Feedback feedback);

    /** Feedback given between the two days, both included, newest first. */
    List<Feedback> feedback(AuthorityCode authority, LocalDate from, LocalDate to);
}
