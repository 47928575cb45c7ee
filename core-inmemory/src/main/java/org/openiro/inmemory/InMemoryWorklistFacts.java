package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.escalation.Alert;
import org.openiro.escalation.AlertStatus;
import org.openiro.quality.QaForm;
import org.openiro.reviews.Booking;
import org.openiro.reviews.IroVisit;
import org.openiro.reviews.MidwayReview;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewKind;
import org.openiro.workforce.port.out.WorklistFacts;

/** What worklists are made of, read from the in-memory stores for the children the IROs hold now. */
public final class InMemoryWorklistFacts implements WorklistFacts {

    private final InMemoryAdapters stores;

    /** Reads the children, workforce, schedules, reviews, bookings, alerts and QA forms of {@code stores}. */
    public InMemoryWorklistFacts(InMemoryAdapters stores) {
        this.stores = stores;
    }

    @Override
    public Set<ChildId> childrenHeldBy(AuthorityCode authority, Set<String> iros) {
        Set<ChildId> held = new LinkedHashSet<>();
        stores.workforce.currentAllocations(authority).forEach((child, iro) -> {
            if (iros.contains(iro) && stores.children.find(authority, child).isPresent()) {
                held.add(child);
            }
        });
        return held;
    }

    @Override
    public Map<ChildId, NextReview> nextReviews(AuthorityCode authority, Set<String> iros) {
        Set<ChildId> held = childrenHeldBy(authority, iros);
        Map<ChildId, NextReview> next = new HashMap<>();
        stores.schedules.nextOfAuthority(authority).forEach((child, review) -> {
            if (held.contains(child)) {
                next.put(child, review);
            }
        });
        return next;
    }

    @Override
    public Map<ChildId, LocalDate> latestReviewHeld(AuthorityCode authority, Set<String> iros) {
        Set<ChildId> held = childrenHeldBy(authority, iros);
        Map<ChildId, LocalDate> latest = new HashMap<>();
        for (Review r : stores.reviews.all(authority)) {
            if (held.contains(r.childId()) && r.kind() == ReviewKind.CLA && r.seriesComplete()) {
                latest.merge(r.childId(), r.meetings().last(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return latest;
    }

    @Override
    public Map<ChildId, LocalDate> latestMidwayReview(AuthorityCode authority, Set<String> iros) {
        Map<ChildId, LocalDate> latest = new HashMap<>();
        for (ChildId child : childrenHeldBy(authority, iros)) {
            stores.bookings.midwayReviews(authority, child).stream().map(MidwayReview::date)
                    .max(LocalDate::compareTo).ifPresent(day -> latest.put(child, day));
        }
        return latest;
    }

    @Override
    public Map<ChildId, LocalDate> latestVisit(AuthorityCode authority, Set<String> iros) {
        Map<ChildId, LocalDate> latest = new HashMap<>();
        for (ChildId child : childrenHeldBy(authority, iros)) {
            stores.bookings.visits(authority, child).stream().filter(v -> v.kind().equals("visit"))
                    .map(IroVisit::date).max(LocalDate::compareTo).ifPresent(day -> latest.put(child, day));
        }
        return latest;
    }

    /** The open period of care of each child held, and the child. */
    private Map<ChildId, Map.Entry<Child, PeriodOfCare>> open(AuthorityCode authority, Set<String> iros) {
        Map<ChildId, Map.Entry<Child, PeriodOfCare>> open = new HashMap<>();
        for (ChildId id : childrenHeldBy(authority, iros)) {
            stores.children.find(authority, id).ifPresent(child -> child.periods().stream()
                    .filter(p -> p.end() == null).findFirst().ifPresent(p -> open.put(id, Map.entry(child, p))));
        }
        return open;
    }

    @Override
    public Map<ChildId, Placement> currentPlacements(AuthorityCode authority, Set<String> iros) {
        Map<ChildId, Placement> current = new HashMap<>();
        open(authority, iros).forEach((id, care) -> care.getValue().placements().stream()
                .reduce((a, b) -> b.start().isBefore(a.start()) ? a : b).ifPresent(p -> current.put(id, p)));
        return current;
    }

    @Override
    public Map<ChildId, OpenCare> openCare(AuthorityCode authority, Set<String> iros) {
        Map<ChildId, OpenCare> open = new HashMap<>();
        open(authority, iros).forEach((id, care) -> open.put(id,
                new OpenCare(care.getKey().dateOfBirth(), care.getValue())));
        return open;
    }

    @Override
    public List<Review> reviewsWithWorkOutstanding(AuthorityCode authority, LocalDate since) {
        return stores.reviews.all(authority).stream()
                .filter(r -> r.seriesComplete() && !r.meetings().last().isBefore(since))
                .filter(r -> r.facts().recommendationsIssuedOn() == null || r.facts().recordCompletedOn() == null
                        || r.facts().letterSentOn() == null)
                .toList();
    }

    @Override
    public List<Review> reviewsAwaitingQaForm(AuthorityCode authority, Set<String> iros, LocalDate since) {
        Set<ChildId> held = childrenHeldBy(authority, iros);
        Set<String> withForm = new java.util.HashSet<>();
        stores.qaForms.all(authority).stream().map(QaForm::reviewId).forEach(withForm::add);
        return stores.reviews.all(authority).stream()
                .filter(r -> held.contains(r.childId()) && r.seriesComplete() && r.facts().recorded()
                        && !r.meetings().last().isBefore(since) && !withForm.contains(r.id()))
                .toList();
    }

    @Override
    public List<AwaitedResponse> alertsAwaitingResponse(AuthorityCode authority) {
        List<AwaitedResponse> awaited = new ArrayList<>();
        for (Alert a : stores.alerts.all(authority)) {
            if (a.status() == AlertStatus.OPEN && !a.current().answered()) {
                awaited.add(new AwaitedResponse(a.childId(), a.id(), a.current().dueBy()));
            }
        }
        return awaited;
    }

    @Override
    public List<Booking> bookingsFrom(AuthorityCode authority, LocalDate from) {
        return stores.bookings.all(authority).stream().filter(b -> !b.date().isBefore(from)).toList();
    }
}
