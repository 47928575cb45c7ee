package org.openiro.care;

import java.time.LocalDate;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import java.util.List;
import org.openiro.reviews.CaseFiles;
import org.openiro.workforce.IroAllocation;
import org.openiro.workforce.port.out.WorkforceRepository;

/** What the care use cases share: the case files, and the child seen as of today with their next review. */
public final class CareRecords {

    private final CaseFiles files;
    private final WorkforceRepository workforce;

    public CareRecords(CaseFiles files, WorkforceRepository workforce) {
        this.files = files;
        this.workforce = workforce;
    }

    Authority authority(AuthorityCode code) {
        return files.authority(code);
    }

    Child child(AuthorityCode authority, ChildId id) {
        return files.child(authority, id);
    }

    Optional<Child> findChild(AuthorityCode authority, ChildId id) {
        return files.children().findForChange(authority, id);
    }

    Child childForChange(AuthorityCode authority, ChildId id) {
        return files.childForChange(authority, id);
    }

    /** Answers true when the child was new. */
    boolean save(Child child) {
        return files.children().save(child);
    }

    LocalDate today() {
        return files.today();
    }

    ChildRecord recordOf(Authority authority, Child child) {
        return new ChildRecord(child, today(), files.timetable().of(authority, child).next(), heldBy(child));
    }

    /** The child's history changed: measure their reviews again and say so if the next one moved. */
    ChildRecord rescheduled(Authority authority, Child child) {
        return new ChildRecord(child, today(), files.timetable().reschedule(authority, child).next(), heldBy(child));
    }

    private Optional<ChildRecord.HeldBy> heldBy(Child child) {
        List<IroAllocation> history = workforce.allocations(child.authority(), child.id());
        if (history.isEmpty() || history.get(history.size() - 1).to() != null) {
            return Optional.empty();
        }
        IroAllocation current = history.get(history.size() - 1);
        return Optional.of(new ChildRecord.HeldBy(current.iroId(), current.from(),
                IroAllocation.irosThisPeriod(history, child)));
    }
}
