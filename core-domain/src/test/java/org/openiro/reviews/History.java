package org.openiro.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyHistory;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.EndReason;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;

/** A child's history written the way an IRO would tell it, for the schedule's specifications. */
final class History {

    static final ReviewSchedule SCHEDULE = new ReviewSchedule(BankHolidayCalendar.englandAndWales());

    private LocalDate born = LocalDate.of(2012, 3, 1);
    private final List<PeriodOfCare> periods = new ArrayList<>();
    private final List<HeldReview> reviews = new ArrayList<>();
    private final List<Direction> directions = new ArrayList<>();
    private PolicyHistory policies = PolicyHistory.of(Policy.statutory());

    static History child() {
        return new History();
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    History bornOn(String date) {
        born = d(date);
        return this;
    }

    History under(Policy policy) {
        this.policies = PolicyHistory.of(policy);
        return this;
    }

    /** The authority changes its policy, in force from {@code day}. */
    History policyFrom(String day, Policy policy) {
        this.policies = policies.changedOn(d(day), policy);
        return this;
    }

    History lookedAfterFrom(String start) {
        return lookedAfterFrom(start, LegalStatus.C1, "U6");
    }

    History lookedAfterFrom(String start, LegalStatus status, String placementType) {
        periods.add(new PeriodOfCare(d(start), null, null, true, List.of(new LegalStatusSpell(d(start), status)),
                List.of(new Placement(d(start), new PlacementType(placementType), false, true))));
        return this;
    }

    /** Care that began before the records do: an SSDA903 import whose first episode is not {@code RNE = S}. */
    History lookedAfterFromUnknownStart(String firstOnRecord) {
        periods.add(new PeriodOfCare(d(firstOnRecord), null, null, false,
                List.of(new LegalStatusSpell(d(firstOnRecord), LegalStatus.C2)),
                List.of(new Placement(d(firstOnRecord), new PlacementType("U4"), false, true))));
        return this;
    }

    /** One short break, recorded as the DfE records each break of a V3 series: a period of care of its own. */
    History shortBreak(String start, String end) {
        lookedAfterFrom(start, LegalStatus.V3, "U4");
        return end == null ? this : ceasedOn(end);
    }

    History ceasedOn(String end) {
        PeriodOfCare p = periods.remove(periods.size() - 1);
        periods.add(new PeriodOfCare(p.start(), d(end), new EndReason("E8"), p.startKnown(), p.legalStatuses(),
                p.placements()));
        return this;
    }

    History placedOn(String start, String type) {
        PeriodOfCare p = periods.remove(periods.size() - 1);
        List<Placement> placements = new ArrayList<>(p.placements());
        placements.add(new Placement(d(start), new PlacementType(type), false, true));
        periods.add(new PeriodOfCare(p.start(), p.end(), p.endReason(), p.startKnown(), p.legalStatuses(), placements));
        return this;
    }

    History legalStatusFrom(String from, LegalStatus status) {
        PeriodOfCare p = periods.remove(periods.size() - 1);
        List<LegalStatusSpell> statuses = new ArrayList<>(p.legalStatuses());
        statuses.add(new LegalStatusSpell(d(from), status));
        periods.add(new PeriodOfCare(p.start(), p.end(), p.endReason(), p.startKnown(), statuses, p.placements()));
        return this;
    }

    History reviewedOn(String... meetingDates) {
        reviews.add(new HeldReview("R" + (reviews.size() + 1), ReviewKind.CLA,
                new Meetings(Arrays.stream(meetingDates).map(History::d).toList()), true));
        return this;
    }

    History seriesStillOpen(String... meetingDates) {
        reviews.add(new HeldReview("R" + (reviews.size() + 1), ReviewKind.CLA,
                new Meetings(Arrays.stream(meetingDates).map(History::d).toList()), false));
        return this;
    }

    History pathwayPlanReviewedOn(String date) {
        reviews.add(new HeldReview("R" + (reviews.size() + 1), ReviewKind.PATHWAY_PLAN, Meetings.on(d(date)), true));
        return this;
    }

    History directedOn(String directedOn, String dueBy) {
        directions.add(new Direction(d(dueBy), BringForwardReason.IRO_DIRECTION, d(directedOn)));
        return this;
    }

    Child asChild() {
        return new Child(AuthorityCode.of("test"), ChildId.of("C1"),
                new Child.Demographics(null, born, Gender.FEMALE, Ethnicity.WBRI, false, false), periods, null);
    }

    Schedule schedule() {
        return SCHEDULE.compute(policies, asChild(), reviews, directions);
    }

    NextReview next() {
        return schedule().next().orElseThrow(() -> new AssertionError("no review due"));
    }

    ReviewTiming review(int n) {
        return schedule().timingOf("R" + n).orElseThrow(() -> new AssertionError("review R" + n + " not measured"));
    }
}
