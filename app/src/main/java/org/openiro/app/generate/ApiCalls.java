package org.openiro.app.generate;

import static org.openiro.app.generate.Json.object;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openiro.app.generate.Synthetic.Alert;
import org.openiro.app.generate.Synthetic.Allocation;
import org.openiro.app.generate.Synthetic.Booking;
import org.openiro.app.generate.Synthetic.Iro;
import org.openiro.app.generate.Synthetic.Midway;
import org.openiro.app.generate.Synthetic.Period;
import org.openiro.app.generate.Synthetic.Person;
import org.openiro.app.generate.Synthetic.Placement;
import org.openiro.app.generate.Synthetic.Rearrangement;
import org.openiro.app.generate.Synthetic.Referral;
import org.openiro.app.generate.Synthetic.Review;
import org.openiro.app.generate.Synthetic.Spell;
import org.openiro.app.generate.Synthetic.Step;
import org.openiro.authority.EscalationLadder;
import org.openiro.authority.LadderStage;
import org.openiro.authority.PolicyOverrides;
import org.openiro.authority.PolicyPresets;

/**
 * A generated authority as the HTTP API calls that would record it, exactly as api.md writes them: the authority and
 * its IROs first, then each child's calls in the order things happened to them. A call that creates something
 * another call names (a booking, an alert) is given a name, {@code saveAs}, and later calls write {@code {{name}}}
 * where the id the service gave it belongs.
 */
final class ApiCalls {

    /** One request; {@code stream} is the child it concerns (calls of one stream run in order), or the authority. */
    record ApiCall(String stream, String method, String path, String body, String saveAs) {
    }

    private ApiCalls() {
    }

    static List<ApiCall> setUp(Synthetic.Authority authority) {
        String base = "/api/authorities/" + authority.code();
        List<ApiCall> calls = new ArrayList<>();
        calls.add(new ApiCall("authority", "PUT", base, Json.write(object("name", authority.name(), "policy",
                object("preset", authority.preset(), "advocacyProviders", List.of(
                        object("id", "advocacy-plus", "name", "Advocacy Plus", "annualReferralTarget", 60),
                        object("id", "voices", "name", "Voices for Children", "annualReferralTarget", 40)),
                        "targets", object("reviewsInTimescale", 0.95, "participation", 0.9,
                                "recordsInTimescale", 0.9)),
                "childPopulation", authority.childPopulation())), null));
        for (Iro iro : authority.iros()) {
            calls.add(new ApiCall("authority", "PUT", base + "/iros/" + iro.id(), Json.write(object("name", iro.name(),
                    "email", iro.id() + "@example.org", "fte", iro.fte(), "employment", iro.employment(), "team",
                    iro.team(), "duties", List.of("cla"), "specialisms", List.of(), "from", iro.from())), null));
        }
        return calls;
    }

    static List<ApiCall> ofChild(Synthetic.Authority authority, Synthetic.Child c) {
        EscalationLadder ladder = PolicyPresets.policy(authority.preset(), PolicyOverrides.NONE).escalation().ladder();
        String child = "/api/authorities/" + authority.code() + "/children/" + c.id();
        String alerts = "/api/authorities/" + authority.code() + "/alerts/";
        List<ApiCall> calls = new ArrayList<>();
        Calls add = (method, path, body, saveAs) -> calls.add(new ApiCall(c.id(), method, path, Json.write(body),
                saveAs));
        add.call("PUT", child, object("dateOfBirth", c.born(), "gender", c.gender(), "ethnicity", c.ethnicity(),
                "uasc", c.uasc(), "disability", c.disability()), null);
        for (Period period : c.periods()) {
            care(add, child, period);
        }
        Synthetic.SocialWorker sw = c.socialWorker();
        add.call("PUT", child + "/social-worker", object("id", sw.worker().id(), "name", sw.worker().name(), "email",
                sw.worker().email(), "team", sw.team(), "teamManager", object("id", sw.teamManager().id(), "name",
                        sw.teamManager().name(), "email", sw.teamManager().email())), null);
        for (Allocation allocation : c.allocations()) {
            add.call("PUT", child + "/iro", object("iroId", allocation.iroId(), "from", allocation.from(), "reason",
                    allocation.reason()), null);
        }
        if (c.siblingGroup() != null) {
            add.call("PUT", child + "/siblings", object("groupId", c.siblingGroup()), null);
        }
        int n = 0;
        for (Review review : c.reviews()) {
            String booking = "b" + n++;
            book(add, child, review.booking(), booking);
            String held = review.qaCompleted() == null ? null : "r" + n;
            add.call("POST", child + "/reviews", review(review, booking), held);
            if (held != null) {
                add.call("POST", child + "/reviews/{{" + held + "}}/qa", object("answers", review.qaAnswers(),
                        "completedOn", review.qaCompleted()), null);
            }
        }
        for (Booking upcoming : c.upcoming()) {
            book(add, child, upcoming, "b" + n++);
        }
        for (Midway midway : c.midways()) {
            add.call("POST", child + "/midway-reviews", object("date", midway.on(), "withChild", midway.withChild(),
                    "driftIdentified", midway.driftIdentified(), "notes", midway.driftIdentified()
                            ? "Actions from the last review not yet done." : "Plan on track."), null);
        }
        int a = 0;
        for (Alert alert : c.alerts()) {
            alert(add, child, alerts, "a" + a++, alert, ladder, sw);
        }
        for (Referral referral : c.referrals()) {
            add.call("POST", child + "/advocacy-referrals", object("on", referral.on(), "provider",
                    referral.provider(), "type", referral.type()), null);
        }
        if (c.visitorMatched() != null) {
            add.call("PUT", child + "/independent-visitor", object("matchedOn", c.visitorMatched()), null);
        }
        for (LocalDate on : c.goodPractice()) {
            add.call("POST", child + "/good-practice", object("on", on, "socialWorkerId", sw.worker().id(), "team",
                    sw.team(), "text", "Thorough, timely work with the child and their carers."), null);
        }
        return calls;
    }

    private interface Calls {
        void call(String method, String path, Map<String, Object> body, String saveAs);
    }

    /** The period's start, then each change of legal status or placement in date order, then its end. */
    private static void care(Calls add, String child, Period period) {
        Placement first = period.placements().get(0);
        add.call("POST", child + "/episodes", object("startDate", period.start(), "legalStatus",
                period.legalStatuses().get(0).code(), "placement", object("type", first.type(), "over20Miles",
                        first.over20Miles(), "planned", first.planned())), null);
        record Change(LocalDate on, Spell spell, Placement placement) {
        }
        List<Change> changes = new ArrayList<>();
        period.legalStatuses().stream().skip(1).forEach(s -> changes.add(new Change(s.from(), s, null)));
        period.placements().stream().skip(1).forEach(p -> changes.add(new Change(p.start(), null, p)));
        changes.sort(Comparator.comparing(Change::on));
        for (Change change : changes) {
            if (change.spell() != null) {
                add.call("POST", child + "/legal-statuses", object("from", change.on(), "legalStatus",
                        change.spell().code()), null);
            } else {
                Placement p = change.placement();
                add.call("POST", child + "/placements", object("startDate", p.start(), "type", p.type(),
                        "over20Miles", p.over20Miles(), "planned", p.planned()), null);
            }
        }
        if (period.end() != null) {
            add.call("POST", child + "/episodes/current/end", object("endDate", period.end(), "reason",
                    period.endReason()), null);
        }
    }

    private static void book(Calls add, String child, Booking booking, String name) {
        add.call("POST", child + "/reviews/bookings", object("date", booking.bookedFor()), name);
        String path = child + "/reviews/bookings/{{" + name + "}}";
        for (Rearrangement move : booking.rearrangements()) {
            add.call("POST", path + "/rearrangements", object("newDate", move.newDate(), "reason", move.reason()), null);
        }
        if (booking.adjournment() != null) {
            add.call("POST", path + "/adjournments", object("date", booking.adjournment().on(), "reason",
                    booking.adjournment().reason(), "reconveneOn", booking.adjournment().reconveneOn()), null);
        }
    }

    private static Map<String, Object> review(Review r, String booking) {
        return object("meetingDates", r.meetings(), "seriesComplete", true, "kind", "cla",
                "bookingId", "{{" + booking + "}}",
                "participation", object("code", r.participationCode(), "methods", r.methods(), "chairedByChild",
                        r.chairedByChild()),
                "advocacy", r.advocacyStatus() == null ? null : object("status", r.advocacyStatus(), "type",
                        r.advocacyType(), "provider", r.advocacyProvider()),
                "consultation", r.consultation().stream().map(c -> object("party", c.party(), "sent", c.sent(),
                        "returned", c.returned())).toList(),
                "socialWorkReportReceivedOn", r.reportReceived(), "recommendationsIssuedOn",
                r.recommendationsIssued(), "recordCompletedOn", r.recordCompleted(), "letterSentOn", r.letterSent());
    }

    /** An alert's steps, each raised with the person the ladder's stage names: the child's own workers at first. */
    private static void alert(Calls add, String child, String alerts, String name, Alert alert, EscalationLadder ladder,
                              Synthetic.SocialWorker sw) {
        String path = alerts + "{{" + name + "}}";
        for (Step step : alert.steps()) {
            LadderStage stage = ladder.stages().get(step.rung());
            Map<String, Object> person = person(stage.respondentRole().word(), sw, alert.partnerAgency());
            switch (step.kind()) {
                case "raised" -> add.call("POST", child + "/alerts", object("raisedOn", step.on(), "reasons",
                        alert.reasons(), "stage", stage.id(), "raisedWith", person, "description",
                        "The care plan has drifted: " + String.join(", ", alert.reasons()) + ".", "outcomeSought",
                        "Agreed actions with dates by the next review.", "partnerAgency", alert.partnerAgency(),
                        "theme", alert.theme()), name);
                case "response" -> add.call("POST", path + "/responses", object("respondedOn", step.on(), "by",
                        object("id", person.get("id"), "name", person.get("name"), "role", person.get("role")),
                        "text", "Actions agreed with dates."), null);
                case "escalation" -> add.call("POST", path + "/escalations", object("stage", stage.id(),
                        "raisedWith", person, "on", step.on(), "reason", "The response did not resolve the concern."),
                        null);
                case "withdrawal" -> add.call("POST", path + "/withdrawal", object("on", step.on(), "reason",
                        "The child is no longer looked after."), null);
                default -> add.call("POST", path + "/resolution", object("resolvedOn", step.on(), "outcome",
                        "Resolved: the plan is progressing.", "impact", step.impact()), null);
            }
        }
    }

    /** Whoever holds the role: the social worker and team manager on the child's record, or the service's managers. */
    private static Map<String, Object> person(String role, Synthetic.SocialWorker sw, String agency) {
        Person p = switch (role) {
            case "social-worker" -> sw.worker();
            case "team-manager" -> sw.teamManager();
            default -> Generator.person(role.equals("partner-agency") && agency != null ? agency + "-lead" : role + "-1");
        };
        if (agency != null) {
            p = Generator.person(agency + "-lead");
            role = "partner-agency";
        }
        return object("id", p.id(), "name", p.name(), "role", role, "email", p.email());
    }
}
