package org.openiro.http.reviews;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.openiro.http.children.ChildView.NextReviewView;
import org.openiro.reviews.Deadline;
import org.openiro.reviews.Deadlines;
import org.openiro.reviews.RecordedReview;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewTiming;

/** A review as the API answers it (api.md): the record, its timing, its deadlines and the child's next review. */
@Serdeable
public record ReviewView(String id, long version, String kind, List<LocalDate> meetingDates, boolean seriesComplete,
                         @Nullable String bookingId, @Nullable ReviewBody.ParticipationBody participation,
                         @Nullable Boolean attended, @Nullable ReviewBody.AdvocacyBody advocacy,
                         List<ReviewBody.ConsultationBody> consultation,
                         @Nullable LocalDate socialWorkReportReceivedOn, @Nullable LocalDate recommendationsIssuedOn,
                         @Nullable LocalDate recordCompletedOn, @Nullable LocalDate letterSentOn,
                         @Nullable Integer sequence, @Nullable LocalDate dueDate, @Nullable String basis,
                         @Nullable Boolean inTimescale, DeadlinesView deadlines, @Nullable NextReviewView nextReview) {

    @Serdeable
    public record DeadlineView(LocalDate due, @Nullable LocalDate metOn, String status) {
        static DeadlineView of(Deadline d) {
            return new DeadlineView(d.due(), d.metOn(), d.status().id());
        }
    }

    @Serdeable
    public record DeadlinesView(DeadlineView socialWorkReport, DeadlineView recommendations, DeadlineView record,
                                DeadlineView letter) {
        static DeadlinesView of(Deadlines d) {
            return new DeadlinesView(DeadlineView.of(d.socialWorkReport()), DeadlineView.of(d.recommendations()),
                    DeadlineView.of(d.record()), DeadlineView.of(d.letter()));
        }
    }

    static ReviewView of(RecordedReview recorded) {
        Review r = recorded.review();
        ReviewTiming t = r.timing();
        return new ReviewView(r.id(), r.version(), r.kind().id(), r.meetings().dates(), r.seriesComplete(),
                r.bookingId(),
                r.participation() == null ? null : new ReviewBody.ParticipationBody(r.participation().code().name(),
                        new java.util.TreeSet<>(r.participation().methods()), r.participation().chairedByChild()),
                r.attended(),
                r.advocacy() == null ? null : new ReviewBody.AdvocacyBody(r.advocacy().status(), r.advocacy().type(),
                        r.advocacy().provider()),
                r.consultation().stream().map(c -> new ReviewBody.ConsultationBody(c.party(), c.sent(), c.returned()))
                        .toList(),
                r.facts().socialWorkReportReceivedOn(), r.facts().recommendationsIssuedOn(),
                r.facts().recordCompletedOn(), r.facts().letterSentOn(),
                t == null ? null : t.sequence(), t == null ? null : t.dueDate(), t == null ? null : t.basis().id(),
                t == null ? null : t.inTimescale(), DeadlinesView.of(recorded.deadlines()),
                recorded.nextReview().map(NextReviewView::of).orElse(null));
    }

    /** The fields a client may send back, for applying a merge patch to. */
    ReviewBody asBody() {
        return new ReviewBody(meetingDates, seriesComplete, kind, bookingId, participation, attended, advocacy,
                consultation, socialWorkReportReceivedOn, recommendationsIssuedOn, recordCompletedOn, letterSentOn);
    }
}
