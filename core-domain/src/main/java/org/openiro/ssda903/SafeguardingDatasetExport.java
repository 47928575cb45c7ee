package org.openiro.ssda903;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;
import org.openiro.ssda903.port.in.ExportSafeguardingDatasetUseCase;
import org.openiro.ssda903.port.out.DatasetReviews;

/**
 * The Standard Safeguarding Dataset's {@code ssd_cla_reviews} (data-to-insight's ssd-data-model, CLAR001A–CLAR012A):
 * one row a looked-after review held in the period ({@code cancelled} N, with the due date it was measured against
 * and its PN code), and one a booking dated in the period whose date has passed with no review held for it
 * ({@code cancelled} Y, the booked date as its due date, no review date or code). A booking's dates before a
 * rearrangement or adjournment were moved, not cancelled: only the date it stands at counts. {@code clar_cla_id} is
 * the period of care, {@code {childId}:{start}}; {@code clar_cla_person_id} the child.
 */
public final class SafeguardingDatasetExport implements ExportSafeguardingDatasetUseCase {

    public static final List<String> CLA_REVIEW_COLUMNS = List.of("clar_cla_review_id", "clar_cla_id",
            "clar_cla_person_id", "clar_cla_review_due_date", "clar_cla_review_date", "clar_cla_review_cancelled",
            "clar_cla_review_participation");

    private final AuthorityRepository authorities;
    private final DatasetReviews reviews;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SafeguardingDatasetExport(AuthorityRepository authorities, DatasetReviews reviews, UnitOfWork unitOfWork,
                                     Clock clock) {
        this.authorities = authorities;
        this.reviews = reviews;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    private record Row(String childId, LocalDate date, String id, List<String> cells) {
    }

    @Override
    public String claReviews(AuthorityCode authority, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new InvalidInput("from", "must not be after to (" + to + ")");
        }
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inTransaction(() -> {
            authorities.require(authority);
            List<Row> rows = new ArrayList<>();
            for (DatasetReviews.Held held : reviews.reviewsHeld(authority, from, to)) {
                rows.add(new Row(held.childId(), held.held(), held.reviewId(), List.of(held.reviewId(),
                        claId(held.childId(), held.periodStart()), held.childId(), text(held.dueDate()),
                        held.held().toString(), "N", held.participationCode() == null ? "" : held.participationCode())));
            }
            for (DatasetReviews.Booked booked : reviews.bookingsNotHeld(authority, from, to)) {
                if (booked.date().isBefore(today)) {
                    rows.add(new Row(booked.childId(), booked.date(), booked.bookingId(), List.of(booked.bookingId(),
                            claId(booked.childId(), booked.periodStart()), booked.childId(), booked.date().toString(),
                            "", "Y", "")));
                }
            }
            rows.sort(Comparator.comparing(Row::childId).thenComparing(Row::date).thenComparing(Row::id));
            StringBuilder csv = new StringBuilder(String.join(",", CLA_REVIEW_COLUMNS)).append("\r\n");
            rows.forEach(row -> csv.append(String.join(",", row.cells())).append("\r\n"));
            return csv.toString();
        });
    }

    private static String claId(String childId, LocalDate periodStart) {
        return periodStart == null ? "" : childId + ":" + periodStart;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
