package org.openiro.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.EscalationLadder;
import org.openiro.authority.LadderStage;
import org.openiro.authority.Policy;
import org.openiro.authority.Policy.ClockStarts;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.ChildId;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;

/**
 * An IRO's challenge to drift or delay in a child's care planning (the dispute resolution process), climbing the
 * ladder its authority had when it was raised. The IRO may start at, or skip to, any stage (IRO Handbook 6.2); it
 * only ever goes up. Once resolved or withdrawn, nothing more is written to it.
 *
 * <p>A state machine: each step asks {@link AlertStatus} whether the alert's status allows it, and returns the step's
 * {@link AlertEvent} with the alert as it then stands; the caller saves that alert and publishes that event.
 *
 * @param clockStarts from when the escalation limit is counted: the first formal stage, or the first raising
 */
public record Alert(String id, AuthorityCode authority, ChildId childId, LocalDate raisedOn, List<String> reasons,
                    String description, String outcomeSought, String partnerAgency, String theme,
                    EscalationLadder ladder, ClockStarts clockStarts, int limitWorkingDays, List<StageRaising> stages,
                    Fact cafcassReferral, Fact legalAdvice, Resolution resolution, Fact withdrawal, long version) {

    public static final Set<String> IMPACTS = Set.of("views-heard", "family-time-established", "plan-progressed",
            "placement-changed", "placement-stabilised", "assessment-completed", "relationship-improved",
            "services-provided", "permanence-progressed", "no-change", "other");
    public static final Set<String> AGENCIES = Set.of("health", "education", "police", "adult-services", "housing",
            "youth-justice", "cafcass", "other");
    public static final Set<String> THEMES = Set.of("health-assessment", "pep", "therapeutic-support", "send-ehcp",
            "information-sharing", "safeguarding", "other");

    /** Something dated that happened to the alert: a Cafcass referral, legal advice, a withdrawal. */
    public record Fact(LocalDate on, String note) {
    }

    public record Resolution(LocalDate resolvedOn, String outcome, List<String> impact, String impactText) {
    }

    public Alert {
        reasons = List.copyOf(reasons);
        stages = List.copyOf(stages);
    }

    /** Raises an alert for a child, at the stage the IRO chooses, under the authority's policy of the day. */
    public static AlertRaised raise(String id, AuthorityCode authority, ChildId child, LocalDate raisedOn,
                                    List<String> reasons, String stage, Person raisedWith, String description,
                                    String outcomeSought, String partnerAgency, String theme, Policy policy,
                                    WorkingDayCalendar calendar, LocalDate today) {
        if (raisedOn.isAfter(today)) {
            throw new InvalidInput("raisedOn", "must not be in the future");
        }
        if (reasons == null || reasons.isEmpty()) {
            throw new InvalidInput("reasons", "an alert gives at least one reason");
        }
        for (String reason : reasons) {
            if (policy.escalation().reasons().stream().noneMatch(r -> r.id().equals(reason))) {
                throw new InvalidInput("reasons", "unknown reason " + reason + " for this authority");
            }
        }
        if ((partnerAgency == null) != (theme == null)) {
            throw new InvalidInput(partnerAgency == null ? "partnerAgency" : "theme",
                    "a partner escalation names both the agency and the theme");
        }
        if (partnerAgency != null && !AGENCIES.contains(partnerAgency)) {
            throw new InvalidInput("partnerAgency", "must be one of " + String.join(", ", new TreeSet<>(AGENCIES)));
        }
        if (theme != null && !THEMES.contains(theme)) {
            throw new InvalidInput("theme", "must be one of " + String.join(", ", new TreeSet<>(THEMES)));
        }
        EscalationLadder ladder = policy.escalation().ladder();
        LadderStage rung = stageOf(ladder, "stage", stage);
        StageRaising first = new StageRaising(rung.id(), raisedWith, raisedOn,
                calendar.workingDaysAfter(raisedOn, rung.workingDays()), null, null);
        return new AlertRaised(new Alert(id, authority, child, raisedOn, reasons, description, outcomeSought,
                partnerAgency, theme, ladder, policy.escalation().clockStarts(),
                policy.escalation().limitWorkingDays(),
                List.of(first), null, null, null, null, 0));
    }

    private static LadderStage stageOf(EscalationLadder ladder, String field, String stage) {
        return ladder.stages().stream().filter(s -> s.id().equals(stage)).findFirst()
                .orElseThrow(() -> new InvalidInput(field, "not a stage of this authority's ladder: "
                        + String.join(", ", ladder.stages().stream().map(LadderStage::id).toList())));
    }

    public AlertStatus status() {
        if (withdrawal != null) {
            return AlertStatus.WITHDRAWN;
        }
        if (resolution != null) {
            return AlertStatus.RESOLVED;
        }
        return current().answered() ? AlertStatus.RESPONDED : AlertStatus.OPEN;
    }

    public StageRaising current() {
        return stages.get(stages.size() - 1);
    }

    /**
     * Whether this person may answer the alert at its current stage: a manager or IRO (their permission decides
     * which), a social worker only when it is raised with them. The pages ask it before offering the form.
     */
    public boolean answerableBy(org.openiro.access.Caller caller) {
        boolean asSocialWorker = !caller.has(org.openiro.access.Role.MANAGER)
                && !caller.has(org.openiro.access.Role.IRO);
        return !asSocialWorker || caller.socialWorkerIn(authority).map(id -> id.equals(current().raisedWith().id()))
                .orElse(false);
    }

    /** The rung above the current one on the alert's own ladder; none at the top. */
    public Optional<LadderStage> nextStage() {
        int now = ladder.stages().indexOf(stageOf(ladder, "stage", current().stage()));
        return now + 1 < ladder.stages().size() ? Optional.of(ladder.stages().get(now + 1)) : Optional.empty();
    }

    public boolean isPartnerEscalation() {
        return partnerAgency != null;
    }

    /** The day the escalation limit is counted from: the first formal stage, or the first raising, by policy. */
    public LocalDate clockStart() {
        if (clockStarts == ClockStarts.FIRST_RAISED) {
            return raisedOn;
        }
        return stages.stream().filter(s -> !s.stage().equals("informal")).map(StageRaising::on).findFirst()
                .orElse(null);
    }

    /** Still open after the limit (default 20 working days): flagged, and its people told, whatever its stage. */
    public boolean overTimescale(LocalDate today, WorkingDayCalendar calendar) {
        return !status().closed() && pastLimit(clockStart(), limitWorkingDays, today, calendar);
    }

    /** Whether an open alert whose escalation clock started then (null: not yet) is past its limit on {@code day}. */
    public static boolean pastLimit(LocalDate clockStart, int limitWorkingDays, LocalDate day,
                                    WorkingDayCalendar calendar) {
        return clockStart != null && day.isAfter(calendar.workingDaysAfter(clockStart, limitWorkingDays));
    }

    /** Working days since the alert was raised, to today or to when it closed. */
    public int ageWorkingDays(LocalDate today, WorkingDayCalendar calendar) {
        return Math.max(0, calendar.workingDaysBetween(raisedOn, closedOnOr(today)));
    }

    private LocalDate closedOnOr(LocalDate today) {
        return resolution != null ? resolution.resolvedOn() : withdrawal != null ? withdrawal.on() : today;
    }

    /**
     * Whether the person at the {@code index}th stage ran out of time: no answer, and the alert still at that stage
     * after its due date (not escalated, resolved or withdrawn by then). An answer, however late, ends the wait;
     * its lateness is the response's own {@code inTimescale}.
     */
    public boolean stageOverdue(int index, LocalDate today) {
        StageRaising stage = stages.get(index);
        LocalDate left = index + 1 < stages.size() ? stages.get(index + 1).on() : closedOnOr(today);
        return !stage.answered() && left.isAfter(stage.dueBy());
    }

    private static void notBefore(String field, LocalDate date, LocalDate earliest, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidInput(field, "must not be in the future");
        }
        if (date.isBefore(earliest)) {
            throw new InvalidInput(field, "must not be before " + earliest);
        }
    }

    private Alert with(List<StageRaising> newStages, Fact cafcass, Fact legal, Resolution resolved, Fact withdrawn) {
        return new Alert(id, authority, childId, raisedOn, reasons, description, outcomeSought, partnerAgency, theme,
                ladder, clockStarts, limitWorkingDays, newStages, cafcass, legal, resolved, withdrawn, version);
    }

    /** The person at the current stage answers, once; a late answer is still an answer. */
    public AlertResponded respond(LocalDate respondedOn, Person by, String text, LocalDate today) {
        status().respond(current().stage());
        notBefore("respondedOn", respondedOn, current().on(), today);
        List<StageRaising> all = new ArrayList<>(stages);
        all.set(all.size() - 1, current().answered(new StageRaising.Response(respondedOn, by, text)));
        return new AlertResponded(with(all, cafcassReferral, legalAdvice, resolution, withdrawal));
    }

    /** Upwards only: to a stage the alert is already at, or below it, is a conflict. */
    public AlertEscalated escalate(String stage, Person raisedWith, LocalDate on, String reason,
                                   WorkingDayCalendar calendar, LocalDate today) {
        status().escalate();
        LadderStage rung = stageOf(ladder, "stage", stage);
        int target = ladder.stages().indexOf(rung);
        int now = ladder.stages().indexOf(stageOf(ladder, "stage", current().stage()));
        if (target <= now) {
            throw new Conflict("stage", "the alert is already at " + current().stage() + "; it escalates upwards only");
        }
        notBefore("on", on, current().on(), today);
        List<StageRaising> all = new ArrayList<>(stages);
        all.add(new StageRaising(rung.id(), raisedWith, on, calendar.workingDaysAfter(on, rung.workingDays()), reason,
                null));
        return new AlertEscalated(with(all, cafcassReferral, legalAdvice, resolution, withdrawal));
    }

    public AlertResolved resolve(LocalDate resolvedOn, String outcome, List<String> impact, String impactText,
                                 LocalDate today) {
        status().resolve();
        notBefore("resolvedOn", resolvedOn, raisedOn, today);
        List<String> impacts = impact == null ? List.of() : List.copyOf(impact);
        for (String id : impacts) {
            if (!IMPACTS.contains(id)) {
                throw new InvalidInput("impact", "unknown impact " + id + "; one of "
                        + String.join(", ", new TreeSet<>(IMPACTS)));
            }
        }
        return new AlertResolved(with(stages, cafcassReferral, legalAdvice,
                new Resolution(resolvedOn, outcome, impacts, impactText), withdrawal));
    }

    public AlertWithdrawn withdraw(LocalDate on, String reason, LocalDate today) {
        status().withdraw();
        notBefore("on", on, raisedOn, today);
        return new AlertWithdrawn(with(stages, cafcassReferral, legalAdvice, resolution, new Fact(on, reason)));
    }

    /**
     * At any point, on every ladder: the IRO may refer the child's case to Cafcass. A dated fact on the alert, not a
     * step of the process, so no event (events.md lists none).
     */
    public Alert referToCafcass(LocalDate on, String note, LocalDate today) {
        status().recordFact();
        notBefore("on", on, raisedOn, today);
        return with(stages, new Fact(on, note), legalAdvice, resolution, withdrawal);
    }

    /** Like a Cafcass referral: a dated fact, no event. */
    public Alert takeLegalAdvice(LocalDate on, String note, LocalDate today) {
        status().recordFact();
        notBefore("on", on, raisedOn, today);
        return with(stages, cafcassReferral, new Fact(on, note), resolution, withdrawal);
    }

    /** The scan's finding when the current stage's answer is late today; none once answered or not yet due. */
    public Optional<AlertResponseOverdue> responseOverdue(LocalDate today) {
        StageRaising stage = current();
        return !status().closed() && !stage.answered() && today.isAfter(stage.dueBy())
                ? Optional.of(new AlertResponseOverdue(this)) : Optional.empty();
    }

    /** The scan's finding when the alert is still open past its escalation limit today. */
    public Optional<AlertOverTimescale> overTimescaleFinding(LocalDate today, WorkingDayCalendar calendar) {
        return overTimescale(today, calendar) ? Optional.of(new AlertOverTimescale(this)) : Optional.empty();
    }
}
