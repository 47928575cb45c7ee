package org.openiro.inmemory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.ssda903.port.out.ImportRegister;

/**
 * The register as an SSDA903 import reads and writes it, over the in-memory children, reviews and schedules, so that a
 * return imported here is what the other adapters then answer from. "Held until the unit of work ends" needs nothing
 * more: {@link InMemoryUnitOfWork} runs one unit of work at a time, and puts every table back if the import fails.
 */
public final class InMemoryImportRegister implements ImportRegister {

    private final InMemoryChildRepository children;
    private final InMemoryReviewRepository reviews;
    private final InMemoryScheduleStore schedules;

    public InMemoryImportRegister(InMemoryChildRepository children, InMemoryReviewRepository reviews,
                                  InMemoryScheduleStore schedules) {
        this.children = children;
        this.reviews = reviews;
        this.schedules = schedules;
    }

    @Override
    public Map<ChildId, StoredCase> lockCases(AuthorityCode authority, Collection<ChildId> ids) {
        Map<ChildId, StoredCase> cases = new LinkedHashMap<>();
        for (ChildId id : ids) {
            children.find(authority, id).ifPresent(child -> cases.put(id, new StoredCase(child,
                    reviews.ofChild(authority, id), reviews.directions(authority, id), schedules.next(authority, id))));
        }
        return cases;
    }

    /**
     * A changed child is stored whole: the import hands over the child merged with what was on record
     * ({@code Child.mergeReturn}), which keeps their social worker and everything else the files do not give.
     */
    @Override
    public void write(AuthorityCode authority, Changes changes) {
        changes.newChildren().forEach(children::save);
        changes.changedChildren().forEach(children::save);
        changes.newReviews().forEach(reviews::insert);
        changes.changedReviews().forEach(reviews::update);
        changes.nextReviews().forEach((child, next) -> schedules.save(authority, child, next));
    }
}
