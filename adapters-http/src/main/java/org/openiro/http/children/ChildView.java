package org.openiro.http.children;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.openiro.care.ChildRecord;
import org.openiro.children.Child;
import org.openiro.children.DataProblem;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.SocialWorker;
import org.openiro.reviews.NextReview;

/**
 * A child as {@code GET …/children/{childId}} shows them (api.md), with {@code dataProblems}: what the record says
 * that cannot be true (ids such as {@code care-not-ended-at-18}), for someone to correct.
 */
@Serdeable
public record ChildView(String id, @Nullable String name, LocalDate dateOfBirth, String gender, String ethnicity,
                        boolean uasc, boolean disability, boolean lookedAfter, List<EpisodeView> episodes,
                        @Nullable PlacementView placement, @Nullable String legalStatus, @Nullable IroView iro,
                        @Nullable SocialWorkerView socialWorker, @Nullable NextReviewView nextReview,
                        List<String> dataProblems) {

    @Serdeable
    public record EpisodeView(LocalDate startDate, @Nullable LocalDate endDate, @Nullable String endReason,
                              boolean startKnown, List<LegalStatusView> legalStatuses, List<PlacementView> placements) {
        static EpisodeView of(PeriodOfCare p) {
            return new EpisodeView(p.start(), p.end(), p.endReason() == null ? null : p.endReason().code(),
                    p.startKnown(),
                    p.legalStatuses().stream().map(s -> new LegalStatusView(s.from(), s.status().name())).toList(),
                    p.placements().stream().map(PlacementView::of).toList());
        }
    }

    @Serdeable
    public record LegalStatusView(LocalDate from, String legalStatus) {
    }

    @Serdeable
    public record PlacementView(LocalDate startDate, String type, @Nullable Boolean over20Miles,
                                @Nullable Boolean planned) {
        static PlacementView of(Placement p) {
            return new PlacementView(p.start(), p.type().code(), p.over20Miles(), p.planned());
        }
    }

    @Serdeable
    public record SocialWorkerView(String id, String name, String email, @Nullable String team,
                                   @Nullable PersonView teamManager) {
        static SocialWorkerView of(SocialWorker sw) {
            SocialWorker.Person tm = sw.teamManager();
            return new SocialWorkerView(sw.id(), sw.name(), sw.email(), sw.team(),
                    tm == null ? null : new PersonView(tm.id(), tm.name(), tm.email()));
        }
    }

    /** The child's current IRO, since when, and how many IROs they have had in this period of care. */
    @Serdeable
    public record IroView(String id, LocalDate from, int irosThisPeriod) {
    }

    @Serdeable
    public record PersonView(String id, String name, String email) {
    }

    @Serdeable
    public record NextReviewView(LocalDate dueDate, @Nullable Integer sequence, String basis,
                                 @Nullable LocalDate midwayDate) {
        public static NextReviewView of(NextReview next) {
            return new NextReviewView(next.dueDate(), next.sequence(), next.basis().id(), next.midwayDate());
        }
    }

    static ChildView of(ChildRecord record) {
        Child child = record.child();
        Child.Demographics d = child.demographics();
        return new ChildView(child.id().value(), d.name(), d.dateOfBirth(), d.gender().id(), d.ethnicity().name(),
                d.uasc(), d.disability(), record.lookedAfter(),
                child.periods().stream().map(EpisodeView::of).toList(),
                record.currentPlacement().map(PlacementView::of).orElse(null),
                record.currentLegalStatus().map(Enum::name).orElse(null),
                record.iro().map(h -> new IroView(h.iroId(), h.from(), h.irosThisPeriod())).orElse(null),
                child.socialWorker().map(SocialWorkerView::of).orElse(null),
                record.nextReview().map(NextReviewView::of).orElse(null),
                record.dataProblems().stream().map(DataProblem::id).toList());
    }
}
