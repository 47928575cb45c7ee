package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.port.out.ScheduleStore;

/** Each child's next review as last decided; saving none (or one with no due date) forgets it, as the database does. */
public final class InMemoryScheduleStore extends Tables implements ScheduleStore {

    private final Map<Key, NextReview> next = table();

    @Override
    public synchronized Optional<NextReview> next(AuthorityCode authority, ChildId child) {
        return Optional.ofNullable(next.get(Key.of(authority, child)));
    }

    @Override
    public synchronized void save(AuthorityCode authority, ChildId child, Optional<NextReview> nextReview) {
        if (nextReview.isPresent() && nextReview.get().dueDate() != null) {
            next.put(Key.of(authority, child), nextReview.get());
        } else {
            next.remove(Key.of(authority, child));
        }
    }

    @Override
    public synchronized Map<ChildId, NextReview> nextOfAuthority(AuthorityCode authority) {
        Map<ChildId, NextReview> of = new LinkedHashMap<>();
        next.forEach((key, review) -> {
            if (key.authority().equals(authority)) {
                of.put(ChildId.of(key.id()), review);
            }
        });
        return of;
    }

    @Override
    public synchronized List<Due> dueOnOrBefore(LocalDate until) {
        return next.entrySet().stream()
                .filter(e -> e.getValue().dueDate() != null && !e.getValue().dueDate().isAfter(until))
                .map(e -> new Due(e.getKey().authority(), ChildId.of(e.getKey().id()), e.getValue()))
                .sorted(Comparator.comparing((Due d) -> d.next().dueDate())).toList();
    }
}
