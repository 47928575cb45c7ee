package org.openiro.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openiro.authority.AuthorityCode;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.ChildId;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;

/**
 * A review booked for a date. Rearranging it keeps the due date (the new date is what counts, and a date after the
 * due date is flagged); the IRO may adjourn it once, for at most 20 working days (CPPCR 2010, reg. 36).
 */
public record Booking(String id, AuthorityCode authority, ChildId childId, LocalDate bookedOn, LocalDate date,
                      List<Rearrangement> rearrangements, Adjournment adjournment, long version) {

    public static final Set<String> REARRANGEMENT_REASONS = Set.of("court-timetable", "social-worker-capacity",
            "child-request", "iro-availability", "other");
    public static final Set<String> ADJOURNMENT_REASONS = Set.of("no-care-plan", "report-not-shared",
            "key-person-absent", "other");
    static final int ADJOURNMENT_WORKING_DAYS = 20;

    public Booking {
        rearrangements = List.copyOf(rearrangements);
    }

    public record Rearrangement(LocalDate from, LocalDate to, String reason, LocalDate on) {
    }

    /** @param reconvenedLate the meeting is reconvened more than 20 working days after the adjournment */
    public record Adjournment(LocalDate date, String reason, LocalDate reconveneOn, boolean reconvenedLate) {
    }

    public Booking rearrangedTo(LocalDate newDate, String reason, LocalDate today) {
        if (!REARRANGEMENT_REASONS.contains(reason)) {
            throw new InvalidInput("reason", "must be court-timetable, social-worker-capacity, child-request, "
                    + "iro-availability or other");
        }
        if (newDate.equals(date)) {
            throw new InvalidInput("newDate", "the review is already booked for " + date);
        }
        List<Rearrangement> all = new ArrayList<>(rearrangements);
        all.add(new Rearrangement(date, newDate, reason, today));
        return new Booking(id, authority, childId, bookedOn, newDate, all, adjournment, version);
    }

    public Booking adjourned(LocalDate on, String reason, LocalDate reconveneOn, WorkingDayCalendar calendar) {
        if (adjournment != null) {
            throw new Conflict(null, "this review was already adjourned on " + adjournment.date()
                    + "; a review may be adjourned once");
        }
        if (!ADJOURNMENT_REASONS.contains(reason)) {
            throw new InvalidInput("reason", "must be no-care-plan, report-not-shared, key-person-absent or other");
        }
        if (reconveneOn.isBefore(on)) {
            throw new InvalidInput("reconveneOn", "must not be before the adjournment");
        }
        boolean late = reconveneOn.isAfter(calendar.workingDaysAfter(on, ADJOURNMENT_WORKING_DAYS));
        return new Booking(id, authority, childId, bookedOn, reconveneOn, rearrangements,
                new Adjournment(on, reason, reconveneOn, late), version);
    }

    public boolean rearranged() {
        return !rearrangements.isEmpty();
    }
}
