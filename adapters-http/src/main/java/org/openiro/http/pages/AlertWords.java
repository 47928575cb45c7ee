package org.openiro.http.pages;

import java.util.List;
import org.openiro.authority.LadderStage;
import org.openiro.authority.Policy;
import org.openiro.authority.Role;
import org.openiro.escalation.Alert;
import org.openiro.escalation.AlertStatus;
import org.openiro.escalation.port.in.AlertView;

/** How the alert pages say an alert's stage, status and people, in words and never by colour alone. */
public final class AlertWords {

    private AlertWords() {
    }

    /** "informal" is "Informal", "stage-2" is "Stage 2". */
    public static String stage(String id) {
        return id == null ? "" : id.equals("informal") ? "Informal" : "Stage " + id.substring(id.indexOf('-') + 1);
    }

    /** A ladder's role as the seed reports write it: "team-manager" is "team manager". */
    public static String role(String role) {
        return Words.id(role);
    }

    public static String role(Role role) {
        return role(role.word());
    }

    public static String stageWithRole(LadderStage stage) {
        return stage(stage.id()) + ": " + role(stage.respondentRole()) + ", " + stage.workingDays() + " working "
                + (stage.workingDays() == 1 ? "day" : "days") + " to respond";
    }

    /** Whether the response at the alert's current stage is overdue today. */
    public static boolean responseOverdue(AlertView view) {
        return view.alert().status() == AlertStatus.OPEN && view.stagesOverdue().get(view.stagesOverdue().size() - 1);
    }

    public static String status(AlertView view) {
        Alert a = view.alert();
        return switch (a.status()) {
            case OPEN -> responseOverdue(view) ? "Response overdue" : "Awaiting response";
            case RESPONDED -> "Responded";
            case RESOLVED -> "Resolved";
            case WITHDRAWN -> "Withdrawn";
        };
    }

    public static String statusTag(AlertView view) {
        return switch (view.alert().status()) {
            case OPEN -> responseOverdue(view) ? "govuk-tag--red" : "govuk-tag--blue";
            case RESPONDED -> "govuk-tag--turquoise";
            case RESOLVED -> "govuk-tag--green";
            case WITHDRAWN -> "govuk-tag--grey";
        };
    }

    /** The reasons by the authority's labels; a reason the policy no longer has by its id in words. */
    public static String reasons(List<String> ids, Policy policy) {
        return String.join("; ", ids.stream().map(id -> policy.escalation().reasons().stream().filter(r -> r.id().equals(id))
                .map(Policy.AlertReason::label).findFirst().orElse(Words.id(id))).toList());
    }

    public static String person(org.openiro.escalation.Person p) {
        if (p == null) {
            return "";
        }
        String name = p.name() == null || p.name().isBlank() ? p.id() : p.name();
        return name + " (" + role(p.role()) + ")";
    }

    /** The partner agencies of domain.md, alphabetically with "other" last. */
    public static final List<String> AGENCIES = listed(Alert.AGENCIES);
    /** The themes of a partner escalation, alphabetically with "other" last. */
    public static final List<String> THEMES = listed(Alert.THEMES);

    /** A partner agency in words: "adult-services" is "Adult services", "cafcass" is "Cafcass". */
    public static String agency(String id) {
        return id.equals("cafcass") ? "Cafcass" : impact(id);
    }

    /** A partner escalation's theme as the reports' tables write it. */
    public static String theme(String id) {
        return switch (id) {
            case "pep" -> "Personal education plan (PEP)";
            case "send-ehcp" -> "SEND and EHCP";
            default -> impact(id);
        };
    }

    /** The domain's impacts, in alphabetical order with "no change" and "other" last. */
    public static final List<String> IMPACTS = listed(Alert.IMPACTS);

    /** A form's choices: alphabetically, with the catch-alls ("no change", "other") last. */
    private static List<String> listed(java.util.Set<String> ids) {
        return ids.stream().sorted(java.util.Comparator.comparing((String id) -> id.equals("no-change")
                || id.equals("other")).thenComparing(id -> id)).toList();
    }

    /** What happened to the alert, oldest first: each raising and its answer, the facts, how it closed. */
    public static List<TimelineEntry> history(Alert a) {
        List<TimelineEntry> all = new java.util.ArrayList<>();
        for (int i = 0; i < a.stages().size(); i++) {
            org.openiro.escalation.StageRaising s = a.stages().get(i);
            all.add(new TimelineEntry(s.on(), (i == 0 ? "Raised at " : "Escalated to ") + stage(s.stage())
                    + " with " + person(s.raisedWith()) + ", response due by " + Dates.format(s.dueBy()),
                    s.reason() == null ? "" : s.reason()));
            if (s.response() != null) {
                all.add(new TimelineEntry(s.response().respondedOn(), "Response from " + person(s.response().by())
                        + (s.answeredInTimescale() ? ", in time" : ", late"),
                        s.response().text() == null ? "" : s.response().text()));
            }
        }
        if (a.cafcassReferral() != null) {
            all.add(new TimelineEntry(a.cafcassReferral().on(), "Referred to Cafcass", note(a.cafcassReferral())));
        }
        if (a.legalAdvice() != null) {
            all.add(new TimelineEntry(a.legalAdvice().on(), "Legal advice taken", note(a.legalAdvice())));
        }
        if (a.resolution() != null) {
            all.add(new TimelineEntry(a.resolution().resolvedOn(), "Resolved: " + a.resolution().outcome(),
                    a.resolution().impact().isEmpty() ? "" : "Impact: " + String.join(", ",
                            a.resolution().impact().stream().map(Words::id).toList())
                            + (a.resolution().impactText() == null ? "" : ". " + a.resolution().impactText())));
        }
        if (a.withdrawal() != null) {
            all.add(new TimelineEntry(a.withdrawal().on(), "Withdrawn", note(a.withdrawal())));
        }
        all.sort(java.util.Comparator.comparing(TimelineEntry::date));
        return all;
    }

    private static String note(Alert.Fact fact) {
        return fact.note() == null ? "" : fact.note();
    }

    public static String impact(String id) {
        String words = Words.id(id);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
