package org.openiro.inmemory;

import java.util.Comparator;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.CollectionYear;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reviews.ReviewKind;
import org.openiro.ssda903.port.out.ReturnReviews;

/** The reviews table of a return, from the in-memory children and reviews, as the database's one query reads it. */
public final class InMemoryReturnReviews implements ReturnReviews {

    private final InMemoryChildRepository children;
    private final InMemoryReviewRepository reviews;

    public InMemoryReturnReviews(InMemoryChildRepository children, InMemoryReviewRepository reviews) {
        this.children = children;
        this.reviews = reviews;
    }

    @Override
    public List<Row> reviewsHeld(AuthorityCode authority, CollectionYear year) {
        ReportPeriod window = new ReportPeriod(year.firstDay(), year.lastDay());
        return Histories.held(reviews.all(authority), window, ReviewKind.CLA).stream()
                .filter(r -> r.participation() != null)
                .flatMap(r -> children.find(authority, r.childId())
                        .filter(child -> Histories.hadOrdinaryEpisode(child, year.firstDay(), year.lastDay()))
                        .map(Child::demographics)
                        .map(d -> new Row(r.childId().value(), d.dateOfBirth(), r.meetings().last(),
                                r.participation().code().name()))
                        .stream())
                .sorted(Comparator.comparing(Row::child).thenComparing(Row::review))
                .toList();
    }
}
