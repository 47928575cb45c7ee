package org.openiro.http.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openiro.access.Action;
import org.openiro.access.port.in.AuthorizeUseCase;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.port.in.ViewChildUseCase;
import org.openiro.children.ChildId;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.reviews.Booking;
import org.openiro.reviews.UnknownBooking;
import org.openiro.reviews.BookingView;
import org.openiro.reviews.port.in.AdjournReviewUseCase;
import org.openiro.reviews.port.in.AdjournReviewUseCase.AdjournReviewCommand;
import org.openiro.reviews.port.in.BookReviewUseCase;
import org.openiro.reviews.port.in.BookReviewUseCase.BookReviewCommand;
import org.openiro.reviews.port.in.RearrangeReviewUseCase;
import org.openiro.reviews.port.in.RearrangeReviewUseCase.RearrangeReviewCommand;
import org.openiro.reviews.port.in.ViewBookingsUseCase;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.StaleVersion;

/**
 * {@code …/children/{childId}/reviews/bookings/new}, {@code …/bookings/{id}/rearrangements} and
 * {@code …/bookings/{id}/adjournments}: book the next review, rearrange it (with a reason) and adjourn it, through the
 * same use case, permission and audit as the API's booking resources. A form the domain refuses comes back as typed
 * with an error summary and nothing written; one it takes goes back to the child's page, where the booking is listed.
 */
@Hidden
@Controller("/authorities/{authority}/children/{childId}/reviews/bookings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class BookingPages {

    private static final String POSTED = "iro.pages.booking-form";

    static final Map<String, String> REARRANGEMENT_REASONS = new LinkedHashMap<>();
    static final Map<String, String> ADJOURNMENT_REASONS = new LinkedHashMap<>();

    static {
        REARRANGEMENT_REASONS.put("court-timetable", "The court's timetable");
        REARRANGEMENT_REASONS.put("social-worker-capacity", "The social worker could not attend or was not ready");
        REARRANGEMENT_REASONS.put("child-request", "The child asked for another date");
        REARRANGEMENT_REASONS.put("iro-availability", "The IRO could not attend");
        REARRANGEMENT_REASONS.put("other", "Another reason");
        ADJOURNMENT_REASONS.put("no-care-plan", "There was no care plan");
        ADJOURNMENT_REASONS.put("report-not-shared", "The social work report was not shared in time");
        ADJOURNMENT_REASONS.put("key-person-absent", "Someone essential to the review was absent");
        ADJOURNMENT_REASONS.put("other", "Another reason");
        if (!REARRANGEMENT_REASONS.keySet().equals(Booking.REARRANGEMENT_REASONS)
                || !ADJOURNMENT_REASONS.keySet().equals(Booking.ADJOURNMENT_REASONS)) {
            throw new IllegalStateException("the booking pages word every reason the domain has, and no other");
        }
    }

    /** Which form: book, rearrange or adjourn. */
    enum Kind { BOOK, REARRANGE, ADJOURN }

    private record Posted(String authority, String childId, String bookingId, Kind kind, Form form) {
    }

    private final Pages pages;
    private final PageCsrf csrf;
    private final BookReviewUseCase book;
    private final RearrangeReviewUseCase rearrange;
    private final AdjournReviewUseCase adjourn;
    private final ViewBookingsUseCase bookings;
    private final ViewChildUseCase children;
    private final AuthorizeUseCase authorize;
    private final Clock clock;

    BookingPages(Pages pages, PageCsrf csrf, BookReviewUseCase book, RearrangeReviewUseCase rearrange,
                 AdjournReviewUseCase adjourn, ViewBookingsUseCase bookings, ViewChildUseCase children,
                 AuthorizeUseCase authorize, Clock clock) {
        this.pages = pages;
        this.csrf = csrf;
        this.book = book;
        this.rearrange = rearrange;
        this.adjourn = adjourn;
        this.bookings = bookings;
        this.children = children;
        this.authorize = authorize;
        this.clock = clock;
    }

    @Get("/new")
    @Permits(Action.READ_CHILD)
    HttpResponse<?> newBooking(@PathVariable @Id String authority, @PathVariable @Id String childId,
                               HttpRequest<?> request) {
        mayWrite(request, authority, childId);
        return form(request, authority, childId, null, Kind.BOOK, Form.empty(), FormErrors.NONE, HttpStatus.OK);
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<?> book(@PathVariable @Id String authority, @PathVariable @Id String childId,
                         @Body @Nullable String body, HttpRequest<?> request) {
        Form form = posted(request, authority, childId, null, Kind.BOOK, body);
        LocalDate date = required(form, "date", "The date of the review");
        book.book(new BookReviewCommand(AuthorityCode.of(authority), ChildId.of(childId), date));
        return Pages.seeOther(childPage(authority, childId));
    }

    @Get("/{bookingId}/rearrangements")
    @Permits(Action.READ_CHILD)
    HttpResponse<?> rearrangeForm(@PathVariable @Id String authority, @PathVariable @Id String childId,
                                  @PathVariable @Id String bookingId, HttpRequest<?> request) {
        mayWrite(request, authority, childId);
        Booking booking = booking(authority, childId, bookingId);
        return form(request, authority, childId, bookingId, Kind.REARRANGE,
                Form.empty().with("version", String.valueOf(booking.version())), FormErrors.NONE, HttpStatus.OK);
    }

    @Post("/{bookingId}/rearrangements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<?> rearrange(@PathVariable @Id String authority, @PathVariable @Id String childId,
                              @PathVariable @Id String bookingId, @Body @Nullable String body,
                              HttpRequest<?> request) {
        Form form = posted(request, authority, childId, bookingId, Kind.REARRANGE, body);
        LocalDate date = required(form, "new-date", "The new date");
        String reason = chosen(form, "reason", "Choose why the review is rearranged");
        rearrange.rearrange(new RearrangeReviewCommand(AuthorityCode.of(authority), ChildId.of(childId), bookingId,
                date, reason, version(form)));
        return Pages.seeOther(childPage(authority, childId));
    }

    @Get("/{bookingId}/adjournments")
    @Permits(Action.READ_CHILD)
    HttpResponse<?> adjournForm(@PathVariable @Id String authority, @PathVariable @Id String childId,
                                @PathVariable @Id String bookingId, HttpRequest<?> request) {
        mayWrite(request, authority, childId);
        Booking booking = booking(authority, childId, bookingId);
        String[] today = DateField.parts(LocalDate.now(clock));
        Form form = Form.empty().with("version", String.valueOf(booking.version()))
                .with("date-day", today[0]).with("date-month", today[1]).with("date-year", today[2]);
        return form(request, authority, childId, bookingId, Kind.ADJOURN, form, FormErrors.NONE, HttpStatus.OK);
    }

    @Post("/{bookingId}/adjournments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<?> adjourn(@PathVariable @Id String authority, @PathVariable @Id String childId,
                            @PathVariable @Id String bookingId, @Body @Nullable String body,
                            HttpRequest<?> request) {
        Form form = posted(request, authority, childId, bookingId, Kind.ADJOURN, body);
        LocalDate on = required(form, "date", "The date the review was adjourned");
        String reason = chosen(form, "reason", "Choose why the review was adjourned");
        LocalDate reconvene = required(form, "reconvene-on", "The date it reconvenes");
        adjourn.adjourn(new AdjournReviewCommand(AuthorityCode.of(authority), ChildId.of(childId), bookingId, on,
                reason, reconvene, version(form)));
        return Pages.seeOther(childPage(authority, childId));
    }

    /** The domain refused the form: shown again as typed, with what to put right; nothing was written. */
    @Error(exception = InvalidInput.class)
    HttpResponse<?> invalid(HttpRequest<?> request, InvalidInput e) {
        Posted p = request.getAttribute(POSTED, Posted.class).orElseThrow(() -> e);
        FormErrors errors = FormErrors.of(e.errors(), BookingPages::fieldId, (id, m) -> label(p.kind(), id) + " " + m);
        return form(request, p.authority(), p.childId(), p.bookingId(), p.kind(), p.form(), errors,
                HttpStatus.BAD_REQUEST);
    }

    /** Adjourned already, or changed by someone else since the form was opened: said on the form, as typed. */
    @Error(exception = Conflict.class)
    HttpResponse<?> conflict(HttpRequest<?> request, Conflict e) {
        Posted p = request.getAttribute(POSTED, Posted.class).orElseThrow(() -> e);
        String message = e instanceof StaleVersion
                ? "Someone else changed this booking after you opened it: go back to the child's page to see it"
                : "This review " + e.getMessage().replaceFirst("^this review ", "");
        return form(request, p.authority(), p.childId(), p.bookingId(), p.kind(), p.form(),
                FormErrors.of(p.kind() == Kind.REARRANGE ? "new-date" : "date", message), HttpStatus.CONFLICT);
    }

    private Form posted(HttpRequest<?> request, String authority, String childId, String bookingId, Kind kind,
                        String body) {
        Form form = Form.parse(body);
        csrf.check(request, form.get(PageCsrf.FIELD));
        request.setAttribute(POSTED, new Posted(authority, childId, bookingId, kind, form));
        return form;
    }

    private static LocalDate required(Form form, String id, String label) {
        LocalDate date = DateField.read(form, id, label);
        if (date == null) {
            throw new InvalidInput(id, "Enter " + label.substring(0, 1).toLowerCase() + label.substring(1));
        }
        return date;
    }

    private static String chosen(Form form, String id, String message) {
        String value = form.get(id);
        if (value.isEmpty()) {
            throw new InvalidInput(id, message);
        }
        return value;
    }

    private static Long version(Form form) {
        try {
            return form.get("version").isEmpty() ? null : Long.valueOf(form.get("version"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The domain's field names as the form's ids. */
    private static String fieldId(String field) {
        return switch (field == null ? "" : field) {
            case "newDate" -> "new-date";
            case "reconveneOn" -> "reconvene-on";
            default -> field == null || field.isEmpty() ? "date" : field;
        };
    }

    private static String label(Kind kind, String id) {
        return switch (id) {
            case "new-date" -> "The new date";
            case "reconvene-on" -> "The date it reconvenes";
            case "reason" -> "The reason";
            default -> kind == Kind.ADJOURN ? "The date the review was adjourned" : "The date of the review";
        };
    }

    private Booking booking(String authority, String childId, String bookingId) {
        return bookings.bookings(AuthorityCode.of(authority), ChildId.of(childId)).stream()
                .map(BookingView::booking).filter(b -> b.id().equals(bookingId)).findFirst()
                .orElseThrow(() -> new UnknownBooking(bookingId));
    }

    private void mayWrite(HttpRequest<?> request, String authority, String childId) {
        authorize.authorize(pages.caller(request), AuthorityCode.of(authority), Action.WRITE_CASEWORK,
                Optional.of(ChildId.of(childId)));
    }

    private static String childPage(String authority, String childId) {
        return "/authorities/" + authority + "/children/" + childId;
    }

    private HttpResponse<?> form(HttpRequest<?> request, String authority, String childId, String bookingId,
                                 Kind kind, Form form, FormErrors errors, HttpStatus status) {
        AuthorityCode code = AuthorityCode.of(authority);
        var record = children.view(code, ChildId.of(childId));
        String name = record.child().demographics().name();
        String base = "/authorities/" + authority + "/children/" + childId + "/reviews/bookings/";
        String title = switch (kind) {
            case BOOK -> "Book a review";
            case REARRANGE -> "Rearrange a review";
            case ADJOURN -> "Adjourn a review";
        };
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("childId", childId);
        model.put("childName", name == null || name.isBlank() ? "Child " + childId : name);
        model.put("kind", kind.name().toLowerCase());
        model.put("heading", title);
        model.put("action", base + (kind == Kind.BOOK ? "new" : bookingId + (kind == Kind.REARRANGE
                ? "/rearrangements" : "/adjournments")));
        model.put("booking", bookingId == null ? null : booking(authority, childId, bookingId));
        model.put("next", record.nextReview().orElse(null));
        model.put("reasons", kind == Kind.ADJOURN ? ADJOURNMENT_REASONS : REARRANGEMENT_REASONS);
        model.put("form", form);
        model.put("errors", errors);
        model.put("anchor", (java.util.function.UnaryOperator<String>) id -> id.equals("reason") ? id : id + "-day");
        return pages.render(status, "booking", pages.layout(request, authority, title, errors),
                model, request);
    }
}
