package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.escalation.Alert;
import org.openiro.quality.CaseHistory;
import org.openiro.quality.QaForm;
import org.openiro.quality.port.out.FootprintFacts;

/** A child's history for the footprint checks, gathered from the in-memory stores. */
public final class InMemoryFootprintFacts implements FootprintFacts {

    private final InMemoryChildRepository children;
    private final InMemoryReviewRepository reviews;
    private final InMemoryBookingRepository bookings;
    private final InMemoryAlertRepository alerts;
    private final InMemoryQaFormRepository forms;

    public InMemoryFootprintFacts(InMemoryChildRepository children, InMemoryReviewRepository reviews,
                                  InMemoryBookingRepository bookings, InMemoryAlertRepository alerts,
                                  InMemoryQaFormRepository forms) {
        this.children = children;
        this.reviews = reviews;
        this.bookings = bookings;
        this.alerts = alerts;
        this.forms = forms;
    }

    @Override
    public Optional<CaseHistory> of(AuthorityCode authority, ChildId child) {
        return children.find(authority, child).map(found -> {
            List<LocalDate> raised = alerts.all(authority).stream()
                    .filter(a -> a.childId().equals(child) && a.partnerAgency() == null).map(Alert::raisedOn).toList();
            Map<String, LocalDate> completed = new HashMap<>();
            for (QaForm form : forms.all(authority)) {
                if (form.childId().equals(child)) {
                    completed.put(form.reviewId(), form.completedOn());
                }
            }
            return new CaseHistory(found, reviews.ofChild(authority, child), bookings.midwayReviews(authority, child),
                    bookings.visits(authority, child), raised, completed);
        });
    }
}
