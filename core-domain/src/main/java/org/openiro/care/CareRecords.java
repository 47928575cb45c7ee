package org.openiro.care;

import java.time.Clock;
import java.time.LocalDate;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.UnknownAuthority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.UnknownChild;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.reviews.Timetable;

/** What the care use cases share: finding the authority and the child, and seeing the child as of today. */
public final class CareRecords {

    final AuthorityRepository authorities;
    final ChildRepository children;
    final Timetable timetable;
    final Clock clock;

    public CareRecords(AuthorityRepository authorities, ChildRepository children, Timetable timetable, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.timetable = timetable;
        this.clock = clock;
    }

    Authority authority(AuthorityCode code) {
        return authorities.find(code).orElseThrow(() -> new UnknownAuthority(code));
    }

    Child child(AuthorityCode authority, ChildId id) {
        return children.find(authority, id).orElseThrow(() -> new UnknownChild(id));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    ChildRecord recordOf(Authority authority, Child child) {
        return new ChildRecord(child, today(), timetable.of(authority, child).next());
    }

    /** The child's history changed: measure their reviews again and say so if the next one moved. */
    ChildRecord rescheduled(Authority authority, Child child) {
        return new ChildRecord(child, today(), timetable.reschedule(authority, child).next());
    }
}
