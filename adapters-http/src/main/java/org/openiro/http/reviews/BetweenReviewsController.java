package org.openiro.http.reviews;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.http.input.Code;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.reviews.IroVisit;
import org.openiro.reviews.MidwayReview;
import org.openiro.reviews.port.in.RecordIroVisitUseCase;
import org.openiro.reviews.port.in.RecordIroVisitUseCase.RecordIroVisitCommand;
import org.openiro.reviews.port.in.RecordMidwayReviewUseCase;
import org.openiro.reviews.port.in.RecordMidwayReviewUseCase.RecordMidwayReviewCommand;
import org.openiro.reviews.port.in.ViewBookingsUseCase;

/** What the IRO does between reviews: midway reviews, and visits to children in unregulated placements. */
@Controller("/api/authorities/{authority}/children/{childId}")
@Validated
class BetweenReviewsController {

    private final RecordMidwayReviewUseCase recordMidway;
    private final RecordIroVisitUseCase recordVisit;
    private final ViewBookingsUseCase between;

    BetweenReviewsController(RecordMidwayReviewUseCase recordMidway, RecordIroVisitUseCase recordVisit,
                             ViewBookingsUseCase between) {
        this.recordMidway = recordMidway;
        this.recordVisit = recordVisit;
        this.between = between;
    }

    @Serdeable
    record MidwayBody(@NotNull LocalDate date, @NotNull Boolean withChild, @NotNull Boolean driftIdentified,
                      @Nullable @Size(max = 4000) String notes) {
    }

    @Serdeable
    record VisitBody(@NotNull LocalDate date, @NotBlank @Code String kind, @Nullable @Size(max = 4000) String notes) {
    }

    @Serdeable
    record MidwayView(String id, LocalDate date, boolean withChild, boolean driftIdentified, @Nullable String notes) {
        static MidwayView of(MidwayReview m) {
            return new MidwayView(m.id(), m.date(), m.withChild(), m.driftIdentified(), m.notes());
        }
    }

    @Serdeable
    record VisitView(String id, LocalDate date, String kind, @Nullable String notes) {
        static VisitView of(IroVisit v) {
            return new VisitView(v.id(), v.date(), v.kind(), v.notes());
        }
    }

    @Post("/midway-reviews")
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<MidwayView> recordMidway(
            @PathVariable @Id String authority,
            @PathVariable @Id String childId,
            @Body @Valid MidwayBody body) {
        MidwayReview midway = recordMidway.record(new RecordMidwayReviewCommand(AuthorityCode.of(authority),
                ChildId.of(childId), body.date(), body.withChild(), body.driftIdentified(), body.notes()));
        return HttpResponse.created(MidwayView.of(midway), URI.create("/api/authorities/" + authority + "/children/" + childId
                + "/midway-reviews/" + midway.id()));
    }

    @Get("/midway-reviews")
    @Permits(Action.READ_CHILD)
    List<MidwayView> midwayReviews(@PathVariable @Id String authority,
                                     @PathVariable @Id String childId) {
        return between.midwayReviews(AuthorityCode.of(authority), ChildId.of(childId)).stream().map(MidwayView::of)
                .toList();
    }

    @Post("/iro-visits")
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<VisitView> recordVisit(@PathVariable @Id String authority,
                                       @PathVariable @Id String childId,
                                       @Body @Valid VisitBody body) {
        IroVisit visit = recordVisit.record(new RecordIroVisitCommand(AuthorityCode.of(authority),
                ChildId.of(childId), body.date(), body.kind(), body.notes()));
        return HttpResponse.created(VisitView.of(visit), URI.create("/api/authorities/" + authority + "/children/" + childId
                + "/iro-visits/" + visit.id()));
    }

    @Get("/iro-visits")
    @Permits(Action.READ_CHILD)
    List<VisitView> visits(@PathVariable @Id String authority,
                          @PathVariable @Id String childId) {
        return between.visits(AuthorityCode.of(authority), ChildId.of(childId)).stream().map(VisitView::of).toList();
    }
}
