package org.openiro.quality;

import java.time.LocalDate;
import java.util.Objects;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/**
 * The IRO's quality assurance form after one review: answers to the template version in force when it was completed
 * (an amendment keeps that version), notes, and who the child's social worker and their team were then, since the
 * form is feedback to that team and the monthly report counts it under them.
 *
 * @param completedBy the username of whoever completed it
 * @param version     increases with every amendment, so that of two concurrent changes only one wins
 */
public record QaForm(String reviewId, AuthorityCode authority, ChildId childId, int templateVersion, Answers answers,
                     String notes, LocalDate completedOn, String completedBy, String socialWorkerId, String team,
                     long version) {

    public static final int MAX_NOTES = 4000;

    public QaForm {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(completedOn, "completedOn");
    }

    public QaForm amended(Answers newAnswers, String newNotes, LocalDate newCompletedOn) {
        return new QaForm(reviewId, authority, childId, templateVersion, newAnswers, newNotes, newCompletedOn,
                completedBy, socialWorkerId, team, version);
    }
}
