package org.openiro.reviews;

import java.util.List;
import java.util.Objects;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/**
 * A review as recorded: its meetings, how the child took part, the consultation, what was done afterwards, and the
 * timing the schedule gave it (null while its series is still open).
 *
 * @param attended for a pathway plan review, which carries no PN code
 * @param version increases with every change, so that of two concurrent changes only one wins
 */
public record Review(String id, AuthorityCode authority, ChildId childId, ReviewKind kind, Meetings meetings,
                     boolean seriesComplete, String bookingId, Participation participation, Boolean attended,
                     Advocacy advocacy, List<Consultation> consultation, ReviewFacts facts, ReviewTiming timing,
                     long version) {

    public Review {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(meetings, "meetings");
        consultation = consultation == null ? List.of() : List.copyOf(consultation);
        facts = facts == null ? ReviewFacts.NONE : facts;
    }

    public HeldReview asHeld() {
        return new HeldReview(id, kind, meetings, seriesComplete);
    }

    public Review withTiming(ReviewTiming newTiming) {
        return new Review(id, authority, childId, kind, meetings, seriesComplete, bookingId, participation, attended,
                advocacy, consultation, facts, newTiming, version);
    }

    public Review amended(Meetings newMeetings, boolean complete, Participation newParticipation, Boolean newAttended,
                          Advocacy newAdvocacy, List<Consultation> newConsultation, ReviewFacts newFacts) {
        return new Review(id, authority, childId, kind, newMeetings, complete, bookingId, newParticipation, newAttended,
                newAdvocacy, newConsultation, newFacts, timing, version);
    }
}
