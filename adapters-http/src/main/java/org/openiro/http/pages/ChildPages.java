package org.openiro.http.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.access.Action;
import org.openiro.access.Caller;
import org.openiro.access.port.in.AuthorizeUseCase;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildRecord;
import org.openiro.care.port.in.ViewChildUseCase;
import org.openiro.children.ChildId;
import org.openiro.shared.LocalId;
import org.openiro.escalation.AlertFilter;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.escalation.port.in.ViewAlertsUseCase;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.reviews.RecordedReview;
import org.openiro.reviews.port.in.ViewBookingsUseCase;
import org.openiro.reviews.port.in.ViewReviewsUseCase;
import org.openiro.shared.DomainException;
import org.openiro.shared.Page;
import org.openiro.quality.port.in.ViewQaFormUseCase;
import org.openiro.voice.port.in.ViewChildsVoiceUseCase;

/**
 * {@code /authorities/{a}/children/{childId}}: the child's record as an IRO reads it: the care history as a timeline,
 * legal status and placement, IRO and social worker, the next review, the reviews with their deadlines, alerts,
 * advocacy and Independent Visitor. A social worker opens only their own children (404 for others, as the API).
 */
@Hidden
@Controller("/authorities/{authority}/children/{childId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class ChildPages {

    private final Pages pages;
    private final ViewChildUseCase children;
    private final ViewReviewsUseCase reviews;
    private final ViewAlertsUseCase alerts;
    private final ViewChildsVoiceUseCase voice;
    private final AuthorizeUseCase authorize;
    private final ViewQaFormUseCase qaForms;
    private final ViewBookingsUseCase bookings;

    ChildPages(Pages pages, ViewChildUseCase children, ViewReviewsUseCase reviews, ViewAlertsUseCase alerts,
               ViewChildsVoiceUseCase voice, AuthorizeUseCase authorize, ViewQaFormUseCase qaForms,
               ViewBookingsUseCase bookings) {
        this.qaForms = qaForms;
        this.bookings = bookings;
        this.pages = pages;
        this.children = children;
        this.reviews = reviews;
        this.alerts = alerts;
        this.voice = voice;
        this.authorize = authorize;
    }

    @Get
    @Permits(Action.READ_CHILD)
    HttpResponse<?> child(@PathVariable @Id String authority, @PathVariable @Id String childId,
                          @QueryValue @Nullable String allocated, @QueryValue @Nullable String siblings,
                          HttpRequest<?> request) {
        AuthorityCode code = AuthorityCode.of(authority);
        ChildId id = ChildId.of(childId);
        Caller caller = pages.caller(request);
        ChildRecord record = children.view(code, id);
        List<RecordedReview> held = reviews.reviews(code, id);
        List<AlertView> childAlerts = may(caller, code, Action.READ_ALERT, Optional.of(id))
                ? alerts.alerts(code, new AlertFilter(null, null, childId), new Page.Request(0, 50)).items()
                : List.of();
        String name = record.child().demographics().name();
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("record", record);
        model.put("reviews", held);
        model.put("timeline", TimelineEntry.of(record.child(), held));
        model.put("alerts", childAlerts);
        model.put("referrals", voice.advocacyReferrals(code, id));
        model.put("visitor", voice.independentVisitor(code, id));
        model.put("canWrite", may(caller, code, Action.WRITE_CASEWORK, Optional.of(id)));
        // Each review's QA form (issue 24), for those who read them; a link to it for those who complete them.
        model.put("qaRows", may(caller, code, Action.READ_QA_FORM, Optional.empty()) ? held.stream()
                .map(r -> new QaWords.Row(r.review().id(), r.review().meetings().last(),
                        qaForms.form(code, id, r.review().id()))).toList() : List.<QaWords.Row>of());
        model.put("canQa", may(caller, code, Action.COMPLETE_QA_FORM, Optional.of(id)));
        model.put("bookings", bookings.bookings(code, id));
        model.put("canAllocate", may(caller, code, Action.RECORD_CARE, Optional.empty()));
        // Said once, straight after the allocation page sends the manager here (AllocationPages).
        model.put("allocated", "yes".equals(allocated));
        model.put("siblingsElsewhere", "yes".equals(allocated) && siblings != null ? Arrays.stream(siblings.split(","))
                .filter(sibling -> sibling.matches(LocalId.PATTERN)).distinct().toList() : List.<String>of());
        return pages.render("child", pages.layout(request, authority, name == null || name.isBlank()
                ? "Child " + childId : name), model, request);
    }

    /** Whether the caller may do this: asked of the same rule the API applies, never copied. */
    private boolean may(Caller caller, AuthorityCode authority, Action action, Optional<ChildId> child) {
        try {
            authorize.authorize(caller, authority, action, child);
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }
}
