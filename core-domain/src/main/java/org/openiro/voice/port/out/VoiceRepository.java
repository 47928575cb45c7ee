package org.openiro.voice.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.voice.AdvocacyReferral;
import org.openiro.voice.Feedback;
import org.openiro.voice.IndependentVisitor;

public interface VoiceRepository {

    void insert(AuthorityCode authority, ChildId child, AdvocacyReferral referral);

    List<AdvocacyReferral> referrals(AuthorityCode authority, ChildId child);

    Optional<IndependentVisitor> independentVisitor(AuthorityCode authority, ChildId child);

    void save(AuthorityCode authority, ChildId child, IndependentVisitor visitor);

    void insert(AuthorityCode authority, Feedback feedback);

    /** Feedback given between the two days, both included, newest first. */
    List<Feedback> feedback(AuthorityCode authority, LocalDate from, LocalDate to);
}
