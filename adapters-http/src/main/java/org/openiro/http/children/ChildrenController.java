package org.openiro.http.children;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import java.net.URI;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Code;
import org.openiro.http.input.Id;
import org.openiro.http.input.InCalendar;
import org.openiro.http.security.Permits;
import org.openiro.care.port.in.AllocateSocialWorkerUseCase;
import org.openiro.care.port.in.AllocateSocialWorkerUseCase.AllocateSocialWorkerCommand;
import org.openiro.care.port.in.RecordCareChangeUseCase;
import org.openiro.care.port.in.ListChildrenUseCase;
import org.openiro.children.SocialWorker;
import org.openiro.care.ChildRecord;
import org.openiro.care.port.in.RegisterChildUseCase;
import org.openiro.care.port.in.RegisterChildUseCase.RegisterChildCommand;
import org.openiro.care.port.in.StartPeriodOfCareUseCase;
import org.openiro.care.port.in.StartPeriodOfCareUseCase.StartPeriodOfCareCommand;
import org.openiro.care.port.in.ViewChildUseCase;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.LegalStatus;
import org.openiro.children.PeriodOfCare;

@Controller("/api/authorities/{authority}/children")
@Validated
class ChildrenController {

    private final RegisterChildUseCase register;
    private final StartPeriodOfCareUseCase startPeriodOfCare;
    private final ViewChildUseCase view;
    private final AllocateSocialWorkerUseCase allocateSocialWorker;
    private final RecordCareChangeUseCase careChanges;
    private final ListChildrenUseCase listChildren;

    ChildrenController(RegisterChildUseCase register, StartPeriodOfCareUseCase startPeriodOfCare,
                       ViewChildUseCase view, AllocateSocialWorkerUseCase allocateSocialWorker,
                       RecordCareChangeUseCase careChanges, ListChildrenUseCase listChildren) {
        this.listChildren = listChildren;
        this.register = register;
        this.startPeriodOfCare = startPeriodOfCare;
        this.view = view;
        this.allocateSocialWorker = allocateSocialWorker;
        this.careChanges = careChanges;
    }

    @io.micronaut.serde.annotation.Serdeable
    record EndBody(@jakarta.validation.constraints.NotNull java.time.LocalDate endDate,
                   @jakarta.validation.constraints.NotBlank @Code String reason) {
    }

    @io.micronaut.serde.annotation.Serdeable
    record LegalStatusBody(@jakarta.validation.constraints.NotNull java.time.LocalDate from,
                           @jakarta.validation.constraints.NotBlank @Code String legalStatus) {
    }

    @io.micronaut.serde.annotation.Serdeable
    record PlacementBody(@jakarta.validation.constraints.NotNull java.time.LocalDate startDate,
                         @jakarta.validation.constraints.NotBlank @Code String type,
                         @io.micronaut.core.annotation.Nullable Boolean over20Miles,
                         @io.micronaut.core.annotation.Nullable Boolean planned) {
    }

    @io.micronaut.serde.annotation.Serdeable
    record ChildLine(String id, @io.micronaut.core.annotation.Nullable String name,
                     @io.micronaut.core.annotation.Nullable ChildView.NextReviewView nextReview) {
    }

    @io.micronaut.serde.annotation.Serdeable
    record ChildPage(java.util.List<ChildLine> items, int page, int size, long totalItems) {
    }

    /**
     * {@code GET …/children?iro=&overdue=&dueBefore=&name=&page=&size=}: the children, soonest due first; {@code name}
     * keeps those whose recorded name contains it, whatever its case.
     */
    @io.micronaut.http.annotation.Get
    @Permits(Action.READ_CHILDREN)
    ChildPage list(@PathVariable @Id String authority,
                   @io.micronaut.http.annotation.QueryValue @io.micronaut.core.annotation.Nullable Boolean overdue,
                   @io.micronaut.http.annotation.QueryValue @io.micronaut.core.annotation.Nullable
                   @InCalendar java.time.LocalDate dueBefore,
                   @io.micronaut.http.annotation.QueryValue @io.micronaut.core.annotation.Nullable
                   @Id String iro,
                   @io.micronaut.http.annotation.QueryValue @io.micronaut.core.annotation.Nullable
                   @jakarta.validation.constraints.Size(max = 200) String name,
                   @io.micronaut.http.annotation.QueryValue(defaultValue = "0") @jakarta.validation.constraints.Min(0)
                   int page,
                   @io.micronaut.http.annotation.QueryValue(defaultValue = "50") @jakarta.validation.constraints.Min(1)
                   @jakarta.validation.constraints.Max(org.openiro.shared.Page.MAX_SIZE) int size) {
        org.openiro.shared.Page<org.openiro.care.ChildSummary> found = listChildren.list(AuthorityCode.of(authority),
                new ListChildrenUseCase.Filter(overdue, dueBefore, iro, name),
                new org.openiro.shared.Page.Request(page, size));
        return new ChildPage(found.items().stream().map(c -> new ChildLine(c.id().value(), c.name(),
                c.nextReview() == null ? null : ChildView.NextReviewView.of(c.nextReview()))).toList(),
                found.page(), found.size(), found.totalItems());
    }

    /** The child ceases to be looked after: an action, answering the child as they now are. */
    @Post("/{childId}/episodes/current/end")
    @Permits(Action.RECORD_CARE)
    ChildView endEpisode(@PathVariable @Id String authority,
                         @PathVariable @Id String childId,
                         @Body @Valid EndBody body) {
        return ChildView.of(careChanges.record(new org.openiro.care.CareChange.EndPeriodOfCare(
                AuthorityCode.of(authority), ChildId.of(childId), body.endDate(), body.reason())));
    }

    @Post("/{childId}/legal-statuses")
    @Permits(Action.RECORD_CARE)
    HttpResponse<ChildView> changeLegalStatus(
            @PathVariable @Id String authority,
            @PathVariable @Id String childId,
            @Body @Valid LegalStatusBody body) {
        ChildRecord record = careChanges.record(new org.openiro.care.CareChange.ChangeLegalStatus(
                AuthorityCode.of(authority), ChildId.of(childId), body.from(),
                LegalStatus.of("legalStatus", body.legalStatus())));
        return HttpResponse.created(ChildView.of(record),
                URI.create("/api/authorities/" + authority + "/children/" + childId));
    }

    @Post("/{childId}/placements")
    @Permits(Action.RECORD_CARE)
    HttpResponse<ChildView> recordPlacement(
            @PathVariable @Id String authority,
            @PathVariable @Id String childId,
            @Body @Valid PlacementBody body) {
        ChildRecord record = careChanges.record(new org.openiro.care.CareChange.RecordPlacement(
                AuthorityCode.of(authority), ChildId.of(childId), body.startDate(), body.type(), body.over20Miles(),
                body.planned()));
        return HttpResponse.created(ChildView.of(record),
                URI.create("/api/authorities/" + authority + "/children/" + childId));
    }

    @Put("/{childId}")
    @Permits(Action.RECORD_CARE)
    HttpResponse<ChildView> put(@PathVariable @Id String authority,
                                @PathVariable @Id String childId,
                                @Body @Valid ChildBody body) {
        Child.Demographics demographics = new Child.Demographics(body.name(), body.dateOfBirth(),
                Gender.of("gender", body.gender()), Ethnicity.of("ethnicity", body.ethnicity()), body.uasc(),
                body.disability());
        RegisterChildUseCase.Result result = register.register(
                new RegisterChildCommand(AuthorityCode.of(authority), ChildId.of(childId), demographics));
        return HttpResponse.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ChildView.of(result.child()));
    }

    @Get("/{childId}")
    @Permits(Action.READ_CHILD)
    ChildView get(@PathVariable @Id String authority,
                  @PathVariable @Id String childId) {
        return ChildView.of(view.view(AuthorityCode.of(authority), ChildId.of(childId)));
    }

    /** A period of care starts; answers the new period with the review it makes due. */
    @Post("/{childId}/episodes")
    @Permits(Action.RECORD_CARE)
    HttpResponse<EpisodeCreated> startEpisode(
            @PathVariable @Id String authority,
            @PathVariable @Id String childId,
            @Body @Valid EpisodeBody body) {
        ChildRecord record = startPeriodOfCare.start(new StartPeriodOfCareCommand(AuthorityCode.of(authority),
                ChildId.of(childId), body.startDate(), LegalStatus.of("legalStatus", body.legalStatus()),
                body.placement().type(), body.placement().over20Miles(), body.placement().planned()));
        PeriodOfCare started = record.currentPeriod().orElseThrow();
        return HttpResponse.created(new EpisodeCreated(ChildView.EpisodeView.of(started),
                        record.nextReview().map(ChildView.NextReviewView::of).orElse(null)),
                URI.create("/api/authorities/" + authority + "/children/" + childId));
    }

    @Put("/{childId}/social-worker")
    @Permits(Action.RECORD_CARE)
    HttpResponse<ChildView.SocialWorkerView> putSocialWorker(
            @PathVariable @Id String authority,
            @PathVariable @Id String childId,
            @Body @Valid SocialWorkerBody body) {
        SocialWorker socialWorker = new SocialWorker(body.id(), body.name(), body.email(), body.team(),
                body.teamManager() == null ? null : new SocialWorker.Person(body.teamManager().id(),
                        body.teamManager().name(), body.teamManager().email()));
        AllocateSocialWorkerUseCase.Result result = allocateSocialWorker.allocate(
                new AllocateSocialWorkerCommand(AuthorityCode.of(authority), ChildId.of(childId), socialWorker));
        return HttpResponse.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ChildView.SocialWorkerView.of(result.socialWorker()));
    }

    @io.micronaut.serde.annotation.Serdeable
    record EpisodeCreated(ChildView.EpisodeView episode,
                          @io.micronaut.core.annotation.Nullable ChildView.NextReviewView nextReview) {
    }
}
