package org.openiro.http.voice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
import org.openiro.http.input.InCalendar;
import org.openiro.http.security.Permits;
import org.openiro.voice.AdvocacyReferral;
import org.openiro.voice.Feedback;
import org.openiro.voice.port.in.MatchIndependentVisitorUseCase;
import org.openiro.voice.port.in.MatchIndependentVisitorUseCase.MatchIndependentVisitorCommand;
import org.openiro.voice.port.in.RecordFeedbackUseCase;
import org.openiro.voice.port.in.RecordFeedbackUseCase.RecordFeedbackCommand;
import org.openiro.voice.port.in.ReferToAdvocacyUseCase;
import org.openiro.voice.port.in.ReferToAdvocacyUseCase.ReferToAdvocacyCommand;
import org.openiro.voice.port.in.ViewChildsVoiceUseCase;

/** The child's voice beyond reviews: advocacy referrals, Independent Visitors, service-user feedback. */
@Controller("/api/authorities/{authority}")
@Validated
class VoiceController {

    private final ReferToAdvocacyUseCase referToAdvocacy;
    private final MatchIndependentVisitorUseCase matchIndependentVisitor;
    private final RecordFeedbackUseCase recordFeedback;
    private final ViewChildsVoiceUseCase voice;

    VoiceController(ReferToAdvocacyUseCase referToAdvocacy, MatchIndependentVisitorUseCase matchIndependentVisitor,
                    RecordFeedbackUseCase recordFeedback, ViewChildsVoiceUseCase voice) {
        this.referToAdvocacy = referToAdvocacy;
        this.matchIndependentVisitor = matchIndependentVisitor;
        this.recordFeedback = recordFeedback;
        this.voice = voice;
    }

    @Serdeable
    record ReferralBody(@NotNull LocalDate on, @NotBlank @Id String provider, @Nullable @Code String type) {
    }

    @Serdeable
    record ReferralView(String id, LocalDate on, String provider, @Nullable String type) {
        static ReferralView of(AdvocacyReferral r) {
            return new ReferralView(r.id(), r.on(), r.provider(), r.type());
        }
    }

    @Serdeable
    record VisitorBody(@NotNull LocalDate matchedOn, @Nullable LocalDate endedOn) {
    }

    @Serdeable
    record FeedbackBody(@NotBlank @Code String from, @NotNull LocalDate on, @Nullable @Id String childId,
                        @Nullable @Id String iroId, @Nullable Integer rating, @NotBlank @Size(max = 4000) String text) {
    }

    @Serdeable
    record FeedbackView(String id, String from, LocalDate on, @Nullable String childId, @Nullable String iroId,
                        @Nullable Integer rating, String text) {
        static FeedbackView of(Feedback f) {
            return new FeedbackView(f.id(), f.from(), f.on(), f.childId(), f.iroId(), f.rating(), f.text());
        }
    }

    @Post("/children/{childId}/advocacy-referrals")
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<ReferralView> refer(@PathVariable @Id String authority,
                                     @PathVariable @Id String childId,
                                     @Body @Valid ReferralBody body) {
        AdvocacyReferral referral = referToAdvocacy.refer(new ReferToAdvocacyCommand(AuthorityCode.of(authority),
                ChildId.of(childId), body.on(), body.provider(), body.type()));
        return HttpResponse.created(ReferralView.of(referral), URI.create("/api/authorities/" + authority
                + "/children/" + childId + "/advocacy-referrals/" + referral.id()));
    }

    @Get("/children/{childId}/advocacy-referrals")
    @Permits(Action.READ_CHILD)
    List<ReferralView> referrals(@PathVariable @Id String authority,
                                 @PathVariable @Id String childId) {
        return voice.advocacyReferrals(AuthorityCode.of(authority), ChildId.of(childId)).stream()
                .map(ReferralView::of).toList();
    }

    @Put("/children/{childId}/independent-visitor")
    @Permits(Action.RECORD_CARE)
    HttpResponse<VisitorBody> independentVisitor(
            @PathVariable @Id String authority,
            @PathVariable @Id String childId,
            @Body @Valid VisitorBody body) {
        MatchIndependentVisitorUseCase.Matched matched = matchIndependentVisitor.match(
                new MatchIndependentVisitorCommand(AuthorityCode.of(authority), ChildId.of(childId), body.matchedOn(),
                        body.endedOn()));
        return HttpResponse.status(matched.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new VisitorBody(matched.visitor().matchedOn(), matched.visitor().endedOn()));
    }

    @Post("/feedback")
    @Permits(Action.RECORD_FEEDBACK)
    HttpResponse<FeedbackView> feedback(@PathVariable @Id String authority,
                                        @Body @Valid FeedbackBody body) {
        Feedback feedback = recordFeedback.record(new RecordFeedbackCommand(AuthorityCode.of(authority), body.from(),
                body.on(), body.childId(), body.iroId(), body.rating(), body.text()));
        return HttpResponse.created(FeedbackView.of(feedback),
                URI.create("/api/authorities/" + authority + "/feedback/" + feedback.id()));
    }

    @Get("/feedback")
    @Permits(Action.READ_FEEDBACK)
    List<FeedbackView> feedbackGiven(@PathVariable @Id String authority,
                                     @QueryValue @NotNull @InCalendar LocalDate from,
                                     @QueryValue @NotNull @InCalendar LocalDate to) {
        return voice.feedback(AuthorityCode.of(authority), from, to).stream().map(FeedbackView::of).toList();
    }
}
