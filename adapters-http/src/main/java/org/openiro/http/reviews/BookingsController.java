package org.openiro.http.reviews;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.http.IfMatch;
import org.openiro.http.input.Code;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.reviews.Booking;
import org.openiro.reviews.BookingView;
import org.openiro.reviews.port.in.AdjournReviewUseCase;
import org.openiro.reviews.port.in.AdjournReviewUseCase.AdjournReviewCommand;
import org.openiro.reviews.port.in.BookReviewUseCase;
import org.openiro.reviews.port.in.BookReviewUseCase.BookReviewCommand;
import org.openiro.reviews.port.in.RearrangeReviewUseCase;
import org.openiro.reviews.port.in.RearrangeReviewUseCase.RearrangeReviewCommand;
import org.openiro.reviews.port.in.ViewBookingsUseCase;

/** Booking a review, rearranging it, adjourning it once. A booking never moves the due date. */
@Controller("/api/authorities/{authority}/children/{childId}/reviews/bookings")
@Validated
class BookingsController {

    private final BookReviewUseCase book;
    private final RearrangeReviewUseCase rearrange;
    private final AdjournReviewUseCase adjourn;
    private final ViewBookingsUseCase bookings;

    BookingsController(BookReviewUseCase book, RearrangeReviewUseCase rearrange, AdjournReviewUseCase adjourn,
                       ViewBookingsUseCase bookings) {
        this.book = book;
        this.rearrange = rearrange;
        this.adjourn = adjourn;
        this.bookings = bookings;
    }

    @Serdeable
    record BookBody(@NotNull LocalDate date) {
    }

    @Serdeable
    record RearrangeBody(@NotNull LocalDate newDate, @NotBlank @Code String reason) {
    }

    @Serdeable
    record AdjournBody(@NotNull LocalDate date, @NotBlank @Code String reason, @NotNull LocalDate reconveneOn) {
    }

    @Serdeable
    record RearrangementView(LocalDate from, LocalDate to, String reason, LocalDate on) {
    }

    @Serdeable
    record AdjournmentView(LocalDate date, String reason, LocalDate reconveneOn, boolean reconvenedLate) {
    }

    @Serdeable
    record BookingResponse(String id, long version, LocalDate date, LocalDate bookedOn, boolean afterDueDate,
                           @Nullable LocalDate dueDate, boolean rearranged, List<RearrangementView> rearrangements,
                           @Nullable AdjournmentView adjournment, boolean reconvenedLate) {
        static BookingResponse of(BookingView view) {
            Booking b = view.booking();
            Booking.Adjournment a = b.adjournment();
            return new BookingResponse(b.id(), b.version(), b.date(), b.bookedOn(), view.afterDueDate(),
                    view.next().map(n -> n.dueDate()).orElse(null), b.rearranged(),
                    b.rearrangements().stream().map(r -> new RearrangementView(r.from(), r.to(), r.reason(), r.on()))
                            .toList(),
                    a == null ? null : new AdjournmentView(a.date(), a.reason(), a.reconveneOn(), a.reconvenedLate()),
                    a != null && a.reconvenedLate());
        }
    }

    private static URI location(String authority, String childId, String bookingId) {
        return URI.create("/api/authorities/" + authority + "/children/" + childId + "/reviews/bookings/" + bookingId);
    }

    /** Created, with the booking's version as its ETag for the next change's If-Match. */
    private static HttpResponse<BookingResponse> tagged(BookingView view, URI location) {
        return HttpResponse.created(BookingResponse.of(view), location)
                .header("ETag", "\"" + view.booking().version() + "\"");
    }

    @Post
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<BookingResponse> book(@PathVariable @Id String authority,
                                       @PathVariable @Id String childId,
                                       @Body @Valid BookBody body) {
        BookingView booked = book.book(new BookReviewCommand(AuthorityCode.of(authority), ChildId.of(childId),
                body.date()));
        return tagged(booked, location(authority, childId, booked.booking().id()));
    }

    @Get
    @Permits(Action.READ_CHILD)
    List<BookingResponse> list(@PathVariable @Id String authority,
                               @PathVariable @Id String childId) {
        return bookings.bookings(AuthorityCode.of(authority), ChildId.of(childId)).stream().map(BookingResponse::of)
                .toList();
    }

    @Post("/{bookingId}/rearrangements")
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<BookingResponse> rearrange(
            @PathVariable @Id String authority,
            @PathVariable @Id String childId,
            @PathVariable @Id String bookingId,
            @Body @Valid RearrangeBody body, @Header("If-Match") @Nullable String ifMatch) {
        BookingView changed = rearrange.rearrange(new RearrangeReviewCommand(AuthorityCode.of(authority),
                ChildId.of(childId), bookingId, body.newDate(), body.reason(), IfMatch.version(ifMatch)));
        return tagged(changed, location(authority, childId, bookingId));
    }

    @Post("/{bookingId}/adjournments")
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<BookingResponse> adjourn(
            @PathVariable @Id String authority,
            @PathVariable @Id String childId,
            @PathVariable @Id String bookingId,
            @Body @Valid AdjournBody body, @Header("If-Match") @Nullable String ifMatch) {
        BookingView changed = adjourn.adjourn(new AdjournReviewCommand(AuthorityCode.of(authority),
                ChildId.of(childId), bookingId, body.date(), body.reason(), body.reconveneOn(),
                IfMatch.version(ifMatch)));
        return tagged(changed, location(authority, childId, bookingId));
    }
}
