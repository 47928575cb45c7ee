package org.openiro.persistence.quality;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.quality.CaseHistory;
import org.openiro.quality.port.out.FootprintFacts;
import org.openiro.reviews.port.out.BookingRepository;
import org.openiro.reviews.port.out.ReviewRepository;

/** A child's history for the footprint checks, read through the repositories that keep each part of it. */
@Singleton
class JdbcFootprintFacts implements FootprintFacts {

    private final ChildRepository children;
    private final ReviewRepository reviews;
    private final BookingRepository bookings;
    private final QualityStatements sql;

    JdbcFootprintFacts(ChildRepository children, ReviewRepository reviews, BookingRepository bookings,
                       QualityStatements sql) {
        this.children = children;
        this.reviews = reviews;
        this.bookings = bookings;
        this.sql = sql;
    }

    @Override
    public Optional<CaseHistory> of(AuthorityCode authority, ChildId child) {
        return children.find(authority, child).map(found -> {
            List<LocalDate> alerts = sql.list("SELECT raised_on FROM alert WHERE authority = ? AND child_id = ?"
                    + " AND partner_agency IS NULL", rs -> QualityStatements.date(rs, "raised_on"),
                    authority.value(), child.value());
            Map<String, LocalDate> forms = new HashMap<>();
            sql.list("SELECT review_id, completed_on FROM qa_form WHERE authority = ? AND child_id = ?",
                    rs -> forms.put(rs.getString(1), QualityStatements.date(rs, "completed_on")), authority.value(),
                    child.value());
            return new CaseHistory(found, reviews.ofChild(authority, child), bookings.midwayReviews(authority, child),
                    bookings.visits(authority, child), alerts, forms);
        });
    }
}
