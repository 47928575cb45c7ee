package org.openiro.reviews;

import java.time.Clock;
import java.time.LocalDate;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.UnknownAuthority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.UnknownChild;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.reviews.port.out.ReviewRepository;

/** What the review use cases share: the authority, the child and their reviews, today, and the timetable. */
public final class CaseFiles {

    final AuthorityRepository authorities;
    final ChildRepository children;
    final ReviewRepository reviews;
    final Timetable timetable;
    final WorkingDayCalendar calendar;
    final Clock clock;

    public CaseFiles(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                     Timetable timetable, WorkingDayCalendar calendar, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.reviews = reviews;
        this.timetable = timetable;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Authority authority(AuthorityCode code) {
        return authorities.find(code).orElseThrow(() -> new UnknownAuthority(code));
    }

    public Child child(AuthorityCode authority, ChildId id) {
        return children.find(authority, id).orElseThrow(() -> new UnknownChild(id));
    }

    /** The child, held for a change until the unit of work ends (see {@link ChildRepository#findForChange}). */
    public Child childForChange(AuthorityCode authority, ChildId id) {
        return children.findForChange(authority, id).orElseThrow(() -> new UnknownChild(id));
    }

    public ChildRepository children() {
        return children;
    }

    public Timetable timetable() {
        return timetable;
    }

    Review review(AuthorityCode authority, ChildId child, String id) {
        return reviews.find(authority, child, id).orElseThrow(() -> new UnknownReview(id));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    RecordedReview answer(Authority authority, Review review, Schedule schedule) {
        return new RecordedReview(review, Deadlines.of(authority, calendar, review.meetings(), review.facts(),
                today()), schedule.next());
    }
}
