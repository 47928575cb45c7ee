package org.openiro.reporting;

import java.util.Map;

/** The words a board paper uses for each section and figure, next to the ids of reports.md. */
final class FigureTitles {

    private FigureTitles() {
    }

    static final Map<String, String> SECTIONS = Map.of(
            "children-looked-after", "Children looked after",
            "reviews", "Reviews",
            "participation", "Participation and advocacy",
            "dispute-resolution", "Dispute resolution",
            "workforce", "Workforce");

    private static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry("looked-after-at-start", "Children looked after at the start of the period"),
            Map.entry("looked-after-at-end", "Children looked after at the end of the period"),
            Map.entry("started", "Periods of care started"),
            Map.entry("started-uasc", "Unaccompanied asylum-seeking children among those who started"),
            Map.entry("ceased", "Periods of care ended, by reason"),
            Map.entry("ceased-uasc", "Unaccompanied asylum-seeking children among those who ceased"),
            Map.entry("by-gender", "Children looked after at the end of the period, by gender"),
            Map.entry("by-age", "Children looked after at the end of the period, by age"),
            Map.entry("by-ethnicity", "Children looked after at the end of the period, by ethnicity"),
            Map.entry("legal-status-at-end", "Legal status at the end of the period"),
            Map.entry("legal-status-at-entry", "Legal status on entering care"),
            Map.entry("over-20-miles", "Placed more than 20 miles from home"),
            Map.entry("over-20-miles-not-known", "Distance from home not known"),
            Map.entry("unregulated", "In unregulated or unregistered placements"),
            Map.entry("rate-per-10000", "Children looked after per 10,000 children"),
            Map.entry("care-leavers", "Care leavers whose pathway plan an IRO reviewed"),
            Map.entry("reviews-held", "Reviews held"),
            Map.entry("held-in-timescale", "Reviews held in timescale"),
            Map.entry("up-to-date-at-end", "Children whose review was up to date at the end of the period"),
            Map.entry("letters-sent", "Reviews after which the child was sent a letter"),
            Map.entry("recommendations-in-timescale", "Recommendations issued in timescale"),
            Map.entry("records-in-timescale", "Review records completed in timescale"),
            Map.entry("report-late", "Reviews whose social work report came late or not at all"),
            Map.entry("deadlines-pending", "Deadlines still pending at the end of the period"),
            Map.entry("rearranged", "Reviews held that had been rearranged"),
            Map.entry("adjourned", "Reviews adjourned"),
            Map.entry("held-by-month", "Reviews held, by month"),
            Map.entry("in-timescale-by-month", "Reviews held in timescale, by month"),
            Map.entry("midway-reviews", "Midway reviews held"),
            Map.entry("midway-coverage", "Intervals between reviews with a midway review"),
            Map.entry("pathway-plan-reviews-held", "Pathway plan reviews held"),
            Map.entry("pathway-plan-in-timescale", "Pathway plan reviews held in timescale"),
            Map.entry("pathway-plan-attended", "Pathway plan reviews the young person attended"),
            Map.entry("by-code", "Reviews by participation code"),
            Map.entry("participation", "Children who participated in their review"),
            Map.entry("attendance", "Children who attended their review"),
            Map.entry("no-views-conveyed", "Reviews where no views were conveyed (PN7)"),
            Map.entry("by-method", "Reviews by way of taking part"),
            Map.entry("chaired-by-child", "Reviews the child chaired or part-chaired"),
            Map.entry("advocacy", "Advocacy"),
            Map.entry("advocacy-referrals", "Advocacy referrals"),
            Map.entry("consultation-returned", "Consultation forms returned"),
            Map.entry("alerts-raised", "Alerts raised"),
            Map.entry("alerts-children", "Children the alerts concern"),
            Map.entry("by-starting-stage", "Alerts by the stage they started at"),
            Map.entry("by-highest-stage", "Alerts by the highest stage reached"),
            Map.entry("stages-reached", "Alerts reaching each stage"),
            Map.entry("by-reason", "Alerts by reason"),
            Map.entry("resolved", "Alerts resolved"),
            Map.entry("resolved-informally", "Alerts resolved at the informal stage"),
            Map.entry("responses-in-timescale", "Responses within the stage's timescale"),
            Map.entry("open-at-end", "Alerts open at the end of the period"),
            Map.entry("over-timescale-at-end", "Alerts open past the escalation limit at the end of the period"),
            Map.entry("cafcass-referrals", "Referrals to Cafcass"),
            Map.entry("legal-advice", "Independent legal advice sought"),
            Map.entry("partner-escalations", "Partner escalations"),
            Map.entry("good-practice-notes", "Good practice notes"),
            Map.entry("iros-headcount", "IROs at the end of the period"),
            Map.entry("iros-fte", "IROs' full-time equivalent at the end of the period"),
            Map.entry("caseload", "Looked-after children allocated at the end of the period"),
            Map.entry("caseload-care-leavers", "Care leavers allocated at the end of the period, beside the caseload"),
            Map.entry("caseload-per-fte", "Looked-after children per full-time IRO"),
            Map.entry("iros-over-band", "IROs above their caseload band"),
            Map.entry("children-with-iro-change", "Children who had more than one IRO in the period"),
            Map.entry("iro-changes", "Changes of IRO"),
            Map.entry("independent-visitors", "Children matched with an Independent Visitor at the end of the period"));

    static String section(String id) {
        return SECTIONS.getOrDefault(id, id);
    }

    static String figure(String id) {
        return FIGURES.getOrDefault(id, id);
    }
}
