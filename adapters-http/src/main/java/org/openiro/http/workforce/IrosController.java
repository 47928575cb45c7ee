package org.openiro.http.workforce;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.http.input.Code;
import org.openiro.http.input.Id;
import org.openiro.http.input.InCalendar;
import org.openiro.http.security.Permits;
import org.openiro.shared.Page;
import org.openiro.workforce.Iro;
import org.openiro.workforce.IroAllocation;
import org.openiro.workforce.IroCaseload;
import org.openiro.workforce.WorkItem;
import org.openiro.workforce.port.in.AllocateIroUseCase;
import org.openiro.workforce.port.in.AllocateIroUseCase.AllocateIroCommand;
import org.openiro.workforce.port.in.PlanReallocationUseCase;
import org.openiro.workforce.port.in.PutIroUseCase;
import org.openiro.workforce.port.in.PutIroUseCase.PutIroCommand;
import org.openiro.workforce.port.in.ReallocateUseCase.ReallocateCommand;
import org.openiro.workforce.port.in.SetSiblingGroupUseCase;
import org.openiro.workforce.port.in.SetSiblingGroupUseCase.SetSiblingGroupCommand;
import org.openiro.workforce.port.in.ViewIrosUseCase;
import org.openiro.workforce.port.in.ReallocateUseCase;
import org.openiro.workforce.port.in.WorklistUseCase;

/** IROs, their caseloads and worklists, and which IRO holds each child (api.md; the workforce issue). */
@Controller("/api/authorities/{authority}")
@Validated
class IrosController {

    private final ViewIrosUseCase iros;
    private final AllocateIroUseCase allocate;
    private final WorklistUseCase worklists;
    private final PlanReallocationUseCase planReallocation;
    private final ReallocateUseCase reallocate;
    private final PutIroUseCase putIro;
    private final SetSiblingGroupUseCase siblings;

    IrosController(ViewIrosUseCase iros, PutIroUseCase putIro, AllocateIroUseCase allocate,
                   SetSiblingGroupUseCase siblings, WorklistUseCase worklists,
                   PlanReallocationUseCase planReallocation, ReallocateUseCase reallocate) {
        this.iros = iros;
        this.putIro = putIro;
        this.siblings = siblings;
        this.planReallocation = planReallocation;
        this.allocate = allocate;
        this.worklists = worklists;
        this.reallocate = reallocate;
    }

    @Serdeable
    record PlanBody(@jakarta.validation.constraints.NotEmpty @Size(max = 100) List<@NotBlank @Id String> to) {
    }

    @Serdeable
    record MoveView(String childId, String to) {
    }

    @Serdeable
    record CaseloadChangeView(String iroId, int before, int after, double perFteBefore, double perFteAfter) {
    }

    @Serdeable
    record PlanView(String from, List<MoveView> moves, List<CaseloadChangeView> caseloads) {
        static PlanView of(ReallocateUseCase.Plan plan) {
            return new PlanView(plan.from(), plan.moves().stream().map(m -> new MoveView(m.child().value(), m.to()))
                    .toList(), plan.caseloads().stream().map(c -> new CaseloadChangeView(c.iroId(), c.before(),
                    c.after(), c.perFteBefore(), c.perFteAfter())).toList());
        }
    }

    /** A proposal: answers the plan and changes nothing. */
    @io.micronaut.http.annotation.Post("/iros/{iroId}/reallocation-plan")
    @Permits(Action.PLAN_REALLOCATION)
    PlanView plan(@PathVariable @Id String authority,
                  @PathVariable @Id String iroId,
                  @Body @Valid PlanBody body) {
        return PlanView.of(planReallocation.plan(new ReallocateCommand(AuthorityCode.of(authority), iroId,
                body.to())));
    }

    /** Applies the plan in one transaction: an action, answering what was done. */
    @io.micronaut.http.annotation.Post("/iros/{iroId}/reallocation-plan/apply")
    @Permits(Action.RECORD_CARE)
    PlanView apply(@PathVariable @Id String authority,
                   @PathVariable @Id String iroId,
                   @Body @Valid PlanBody body) {
        return PlanView.of(reallocate.reallocate(new ReallocateCommand(AuthorityCode.of(authority), iroId,
                body.to())));
    }

    @Serdeable
    record IroBody(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 254) String email,
                   @NotNull Double fte, @NotBlank @Code String employment, @Nullable @Size(max = 200) String team,
                   @Nullable @Size(max = 10) Set<@NotBlank @Code String> duties, @Nullable Set<@NotBlank @Size(max = 100) String> specialisms,
                   @NotNull LocalDate from, @Nullable LocalDate to) {
    }

    @Serdeable
    record Counts(int lookedAfter, int careLeavers, double perFte) {
    }

    @Serdeable
    record Band(double min, double max) {
    }

    @Serdeable
    record IroView(String id, String name, @Nullable String email, double fte, String employment,
                   @Nullable String team, List<String> duties, List<String> specialisms, LocalDate from,
                   @Nullable LocalDate to, Counts caseload, Band band, boolean overBand) {
        static IroView of(IroCaseload c) {
            Iro i = c.iro();
            return new IroView(i.id(), i.name(), i.email(), i.fte(), i.employment(), i.team(),
                    i.duties().stream().sorted().toList(), i.specialisms().stream().sorted().toList(), i.from(), i.to(),
                    new Counts(c.lookedAfter().size(), c.careLeavers().size(), c.perFte()),
                    new Band(c.band().min(), c.band().max()), c.overBand());
        }
    }

    @Serdeable
    record SplitGroupView(String groupId, List<String> children) {
    }

    @Serdeable
    record IroDetailView(IroView iro, List<String> children, List<String> careLeavers,
                         List<SplitGroupView> splitSiblingGroups) {
    }

    @Put("/iros/{iroId}")
    @Permits(Action.MANAGE_IROS)
    HttpResponse<IroBody> putIro(@PathVariable @Id String authority,
                                 @PathVariable @Id String iroId,
                                 @Body @Valid IroBody body) {
        PutIroUseCase.Saved saved = putIro.put(new PutIroCommand(AuthorityCode.of(authority), new Iro(iroId,
                body.name(), body.email(), body.fte(), body.employment(), body.team(), body.duties(),
                body.specialisms(), body.from(), body.to())));
        Iro i = saved.iro();
        return HttpResponse.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(new IroBody(i.name(),
                i.email(), i.fte(), i.employment(), i.team(), i.duties(), i.specialisms(), i.from(), i.to()));
    }

    @Get("/iros")
    @Permits(Action.READ_WORKFORCE)
    List<IroView> list(@PathVariable @Id String authority) {
        return iros.caseloads(AuthorityCode.of(authority)).stream().map(IroView::of).toList();
    }

    @Get("/iros/{iroId}")
    @Permits(Action.READ_WORKFORCE)
    IroDetailView get(@PathVariable @Id String authority,
                      @PathVariable @Id String iroId) {
        ViewIrosUseCase.IroDetail detail = iros.iro(AuthorityCode.of(authority), iroId);
        IroCaseload c = detail.caseload();
        return new IroDetailView(IroView.of(c), c.lookedAfter().stream().map(ChildId::value).toList(),
                c.careLeavers().stream().map(ChildId::value).toList(),
                detail.splitSiblingGroups().stream().map(g -> new SplitGroupView(g.groupId(),
                        g.children().stream().map(ChildId::value).toList())).toList());
    }

    @Serdeable
    record WorkItemView(String kind, String childId, LocalDate dueDate, boolean overdue, @Nullable String reviewId,
                        @Nullable String alertId, @Nullable String bookingId, @Nullable String reason) {
        static WorkItemView of(WorkItem w) {
            return new WorkItemView(w.kind(), w.childId().value(), w.dueDate(), w.overdue(), w.reviewId(), w.alertId(),
                    w.bookingId(), w.reason());
        }
    }

    @Serdeable
    record WorklistView(List<WorkItemView> items, int page, int size, long totalItems) {
        static WorklistView of(Page<WorkItem> found) {
            return new WorklistView(found.items().stream().map(WorkItemView::of).toList(), found.page(), found.size(),
                    found.totalItems());
        }
    }

    @Get("/iros/{iroId}/worklist")
    @Permits(Action.READ_WORKFORCE)
    WorklistView worklist(@PathVariable @Id String authority,
                          @PathVariable @Id String iroId,
                          @QueryValue @Nullable @InCalendar LocalDate until,
                          @QueryValue(defaultValue = "0") @Min(0) int page,
                          @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return WorklistView.of(worklists.forIro(AuthorityCode.of(authority), iroId, until, new Page.Request(page, size)));
    }

    @Get("/worklist")
    @Permits(Action.READ_WORKFORCE)
    WorklistView teamWorklist(@PathVariable @Id String authority,
                              @QueryValue @Nullable @Size(max = 200) String team,
                              @QueryValue @Nullable @InCalendar LocalDate until,
                              @QueryValue(defaultValue = "0") @Min(0) int page,
                              @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return WorklistView.of(worklists.forTeam(AuthorityCode.of(authority), team, until, new Page.Request(page, size)));
    }

    @Serdeable
    record AllocationBody(@NotBlank @Id String iroId, @NotNull LocalDate from, @Nullable @Size(max = 400) String reason) {
    }

    @Serdeable
    record AllocationView(String iroId, LocalDate from, @Nullable LocalDate to, @Nullable String reason) {
        static AllocationView of(IroAllocation a) {
            return new AllocationView(a.iroId(), a.from(), a.to(), a.reason());
        }
    }

    @Serdeable
    record AllocatedView(AllocationView current, List<AllocationView> history, int irosThisPeriod,
                         @Nullable String warning) {
    }

    @Put("/children/{childId}/iro")
    @Permits(Action.RECORD_CARE)
    HttpResponse<AllocatedView> allocate(@PathVariable @Id String authority,
                                         @PathVariable @Id String childId,
                                         @Body @Valid AllocationBody body) {
        AllocateIroUseCase.Allocated a = allocate.allocate(new AllocateIroCommand(AuthorityCode.of(authority),
                ChildId.of(childId), body.iroId(), body.from(), body.reason()));
        return HttpResponse.status(a.created() ? HttpStatus.CREATED : HttpStatus.OK).body(new AllocatedView(
                AllocationView.of(a.current()), a.history().stream().map(AllocationView::of).toList(),
                a.irosThisPeriod(), a.warning()));
    }

    @Serdeable
    record SiblingsBody(@NotBlank @Id String groupId) {
    }

    @Serdeable
    record SiblingsView(String groupId, @Nullable String warning) {
    }

    @Put("/children/{childId}/siblings")
    @Permits(Action.RECORD_CARE)
    HttpResponse<SiblingsView> siblings(
            @PathVariable @Id String authority,
            @PathVariable @Id String childId,
            @Body @Valid SiblingsBody body) {
        SetSiblingGroupUseCase.Siblings s = siblings.set(new SetSiblingGroupCommand(AuthorityCode.of(authority),
                ChildId.of(childId), body.groupId()));
        return HttpResponse.status(s.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new SiblingsView(s.groupId(), s.warning()));
    }
}
