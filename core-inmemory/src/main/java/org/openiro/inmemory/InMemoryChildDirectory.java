package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildSummary;
import org.openiro.care.port.out.ChildDirectory;
import org.openiro.children.ChildId;
import org.openiro.reviews.NextReview;
import org.openiro.shared.Page;

/**
 * Lists children by the next review {@link InMemoryScheduleStore} keeps for them, soonest first (those with none
 * last), then by id, as the database orders them.
 */
public final class InMemoryChildDirectory implements ChildDirectory {

    private final InMemoryChildRepository children;
    private final InMemoryScheduleStore schedules;
    private final InMemoryWorkforceRepository workforce;

    public InMemoryChildDirectory(InMemoryChildRepository children, InMemoryScheduleStore schedules,
                                  InMemoryWorkforceRepository workforce) {
        this.children = children;
        this.schedules = schedules;
        this.workforce = workforce;
    }

    @Override
    public Page<ChildSummary> list(AuthorityCode authority, LocalDate dueOnOrAfter, LocalDate dueBefore,
                                   boolean withReviewDue, String iroId, String nameContains, Page.Request page) {
        Map<ChildId, NextReview> next = schedules.nextOfAuthority(authority);
        Map<ChildId, String> held = workforce.currentAllocations(authority);
        String sought = nameContains == null ? null : nameContains.toLowerCase(Locale.ROOT);
        List<ChildSummary> matching = children.idsOf(authority).stream()
                .map(id -> new ChildSummary(id, name(authority, id), next.get(id)))
                .filter(c -> sought == null
                        || c.name() != null && c.name().toLowerCase(Locale.ROOT).contains(sought))
                .filter(c -> !withReviewDue || c.nextReview() != null)
                .filter(c -> dueOnOrAfter == null
                        || c.nextReview() != null && !c.nextReview().dueDate().isBefore(dueOnOrAfter))
                .filter(c -> dueBefore == null
                        || c.nextReview() != null && c.nextReview().dueDate().isBefore(dueBefore))
                .filter(c -> iroId == null || iroId.equals(held.get(c.id())))
                .sorted(Comparator.comparing((ChildSummary c) -> c.nextReview() == null ? null
                                : c.nextReview().dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(c -> c.id().value()))
                .toList();
        return InMemoryPages.page(matching, page);
    }

    private String name(AuthorityCode authority, ChildId id) {
        return children.find(authority, id).map(c -> c.demographics().name()).orElse(null);
    }

    @Override
    public boolean exists(AuthorityCode authority, ChildId childId) {
        return children.find(authority, childId).isPresent();
    }

    @Override
    public Page<ChildSummary> ofSocialWorker(AuthorityCode authority, String socialWorkerId, Page.Request page) {
        Map<ChildId, NextReview> next = schedules.nextOfAuthority(authority);
        List<ChildSummary> matching = children.idsOf(authority).stream()
                .filter(id -> children.find(authority, id).flatMap(c -> c.socialWorker())
                        .map(sw -> sw.id().equals(socialWorkerId)).orElse(false))
                .map(id -> new ChildSummary(id, name(authority, id), next.get(id)))
                .sorted(Comparator.comparing((ChildSummary c) -> c.nextReview() == null ? null
                                : c.nextReview().dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(c -> c.id().value()))
                .toList();
        return InMemoryPages.page(matching, page);
    }
}
