package org.openiro.care;

import java.time.LocalDate;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.reviews.CaseFiles;

/** What the care use cases share: the case files, and the child seen as of today with their next review. */
public final class CareRecords {

    private final CaseFiles files;

    public CareRecords(CaseFiles files) {
        this.files = files;
    }

    Authority authority(AuthorityCode code) {
        return files.authority(code);
    }

    Child child(AuthorityCode authority, ChildId id) {
        return files.child(authority, id);
    }

    Optional<Child> findChild(AuthorityCode authority, ChildId id) {
        return files.children().find(authority, id);
    }

    /** Answers true when the child was new. */
    boolean save(Child child) {
        return files.children().save(child);
    }

    LocalDate today() {
        return files.today();
    }

    ChildRecord recordOf(Authority authority, Child child) {
        return new ChildRecord(child, today(), files.timetable().of(authority, child).next());
    }

    /** The child's history changed: measure their reviews again and say so if the next one moved. */
    ChildRecord rescheduled(Authority authority, Child child) {
        return new ChildRecord(child, today(), files.timetable().reschedule(authority, child).next());
    }
}
