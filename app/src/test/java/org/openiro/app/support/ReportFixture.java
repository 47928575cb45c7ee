package org.openiro.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * A small authority built through the API for the service report, every figure of which the report tests count by
 * hand, for 2024/25 and beside it 2023/24.
 *
 * <ul>
 *   <li>C1, born 2012, in care from 28 April 2023: reviewed 25 May, 20 August 2023 and 10 February 2024, all in
 *   time; a midway review on 10 May 2024; then 12 August 2024, two days after it was due (10 August), and 1 February
 *   2025, in time (due 12 Feb).
 *   <li>C2, born 2010, in care from 1 May 2024: first review due 31 May (bank holidays 6 and 27 May), booked for 20
 *   May, moved to 30 May for the court timetable, held then; the second, due 30 August, held in a series of 28
 *   August and 4 September, in time. Next due 4 March 2025: overdue at the end of March.
 *   <li>C3, born 2022, in care from 1 October 2024: first review due 29 October, booked for 28 October, adjourned that
 *   day (no care plan), reconvened 5 November: late, PN0. Next due 5 February 2025: overdue at the end of March.
 *   <li>C4, a boy born 1 June 2006, Black African, an unaccompanied asylum-seeking child, in care from 1 September
 *   2023: reviewed 20 September (due 29th) and 15 December (due 20th), both in time; left care on his 18th birthday,
 *   1 June 2024 (E17). His views came by consultation form at the first (PN6); none were conveyed at the second (PN7).
 *   <li>C5, a girl born 1 March 2011, in care twice: from 1 June 2023, reviewed 20 June through her advocate (PN5,
 *   due 29 June), home on 2 October 2023 (E4A); again from 1 July 2024, reviewed 25 July (PN2, due 29 July), 21
 *   October (PN3, due 25 October) and 20 March 2025 (PN4, due 21 April): all in time. Her record and letter after
 *   March are not due till 17 April 2025.
 *   <li>C6, a girl born 1 February 2014, on short breaks (V3) from 1 September 2024: left out of the children looked
 *   after, but her review of 20 November 2024 (due 1 December, three months on) counts with the reviews.
 * </ul>
 *
 * <p>The authority's IROs chair care leavers' pathway plan reviews (all-18-21): C4 has his on 10 June 2024 (due 15
 * June, six months after his last review in care; he attends) and 20 December 2024 (due 10 December; he does not).
 *
 * <p>All are girls of White British heritage but C4, under legal status C1 (C6 V3); C2 alone is placed more than 20
 * miles from home.
 *
 * <p>Beside them, 34 boys alike, B01 to B34, born 1 January 2010, White British, C1, not 20 miles away, no IRO
 * allocated, in care from Monday 9 January 2023: reviewed 1 February 2023 (due 6 February), 25 April 2023 (due 1
 * May), 20 October 2023 (due 25 October), 15 April 2024 (due 20 April) and 10 October 2024 (due 15 October), PN1,
 * all in time, no report, recommendations, record or letter recorded; next due 10 April 2025. Each adds the same to
 * most figures: 2 reviews a year, in time, PN1.
 *
 * <p>Alerts in 2024/25: for C2, raised informally on 3 June 2024 (report late, plan not implemented), answered late on
 * the 12th, escalated to stage 1 on the 13th and answered in time on the 18th, to stage 2 on the 24th and to stage 3
 * on 2 July, neither answered, resolved on 15 July. For C3, raised at stage 1 on 11 November 2024 (other), never
 * answered, referred to Cafcass on 10 January 2025, still open at the end of March and long past the 20 working days.
 * A partner escalation to health for C1 (health assessment) on 2 September 2024, and a good practice note.
 *
 * <p>IROs: iro-1 (permanent, full time) holds C1 from care start until 1 October 2024, C2 and C4; iro-2 (agency, half
 * time, from January 2024) takes C1 over on 1 October 2024 and holds C3; iro-3 (permanent, full time) chairs
 * fostering reviews only. The authority's caseload band is 0–1 children per full-time IRO, so that half-time iro-2 with
 * two children is over it.
 */
public final class ReportFixture {

    private final Api api;
    private final String authority;

    static final String PN1 = "{\"code\": \"PN1\", \"methods\": [\"attended-in-person\"]}";
    private static final String PN0 = "{\"code\": \"PN0\"}";
    /**
     * Monday 12 August 2024: report due Wednesday 7th, came on the 1st; recommendations due the 19th, issued the
     * 16th; record due 10 September (26 August is a bank holiday), finished the 20th; no letter (due 10 September).
     * Every other review has none of these facts: each deadline missed, each report never come.
     */
    private static final String FACTS_OF_12_AUGUST = ", \"socialWorkReportReceivedOn\": \"2024-08-01\", "
            + "\"recommendationsIssuedOn\": \"2024-08-16\", \"recordCompletedOn\": \"2024-09-20\"";

    private ReportFixture(Api api, String authority) {
        this.api = api;
        this.authority = authority;
    }

    /** Builds the authority {@code authority} on the service {@code api} talks to. */
    public static void build(Api api, String authority) {
        new ReportFixture(api, authority).build();
    }

    private void build() {
        api.put("/api/authorities/" + authority, "{\"name\": \"Test Borough " + authority + "\", "
                + "\"policy\": {\"preset\": \"statutory\", \"caseloadBand\": {\"min\": 0, \"max\": 1},"
                + " \"pathwayPlanReviews\": \"all-18-21\","
                + " \"targets\": {\"reviewsInTimescale\": 0.95}}}");
        iro("iro-1", 1.0, "permanent", "cla", "2020-01-01");
        iro("iro-2", 0.5, "agency", "cla", "2024-01-01");
        iro("iro-3", 1.0, "permanent", "fostering", "2020-01-01");
        api.child(authority, "C1", "2012-05-01");
        api.episode(authority, "C1", "2023-04-28");
        for (String held : List.of("2023-05-25", "2023-08-20", "2024-02-10")) {
            review("C1", PN1, null, held);
        }
        assertThat(api.post(child("C1") + "/midway-reviews", "{\"date\": \"2024-05-10\", \"withChild\": true,"
                + " \"driftIdentified\": false, \"notes\": \"On track\"}").status()).isEqualTo(201);
        reviewWithFacts("C1", PN1, null, FACTS_OF_12_AUGUST, "2024-08-12");
        review("C1", PN1, null, "2025-02-01");

        api.put(child("C4"), """
                {"dateOfBirth": "2006-06-01", "gender": "male", "ethnicity": "BAFR", "uasc": true, "disability": false}""");
        api.episode(authority, "C4", "2023-09-01");
        review("C4", "{\"code\": \"PN6\", \"methods\": [\"consultation-form\"]}", null, "2023-09-20");
        review("C4", "{\"code\": \"PN7\"}", null, "2023-12-15");
        api.post(child("C4") + "/episodes/current/end", "{\"endDate\": \"2024-06-01\", \"reason\": \"E17\"}");
        pathwayPlanReview("C4", "2024-06-10", true);
        pathwayPlanReview("C4", "2024-12-20", false);

        api.child(authority, "C6", "2014-02-01");
        api.post(child("C6") + "/episodes", """
                {"startDate": "2024-09-01", "legalStatus": "V3", "placement": {"type": "U6", "over20Miles": false}}""");
        review("C6", PN1, null, "2024-11-20");

        api.child(authority, "C5", "2011-03-01");
        api.episode(authority, "C5", "2023-06-01");
        review("C5", "{\"code\": \"PN5\", \"methods\": [\"advocate\"]}", null, "2023-06-20");
        api.post(child("C5") + "/episodes/current/end", "{\"endDate\": \"2023-10-02\", \"reason\": \"E4A\"}");
        api.episode(authority, "C5", "2024-07-01");
        review("C5", "{\"code\": \"PN2\", \"methods\": [\"attended-in-person\", \"advocate\"]}", null, "2024-07-25");
        review("C5", "{\"code\": \"PN3\", \"methods\": [\"attended-in-person\"]}", null, "2024-10-21");
        review("C5", "{\"code\": \"PN4\", \"methods\": [\"attended-in-person\"]}", null, "2025-03-20");

        api.child(authority, "C2", "2010-01-01");
        api.post(child("C2") + "/episodes", """
                {"startDate": "2024-05-01", "legalStatus": "C1", "placement": {"type": "U6", "over20Miles": true}}""");
        String booked = (String) api.post(child("C2") + "/reviews/bookings", "{\"date\": \"2024-05-20\"}").at("id");
        api.post(child("C2") + "/reviews/bookings/" + booked + "/rearrangements",
                "{\"newDate\": \"2024-05-30\", \"reason\": \"court-timetable\"}");
        review("C2", PN1, booked, "2024-05-30");
        review("C2", PN1, null, "2024-08-28", "2024-09-04");

        api.child(authority, "C3", "2022-01-01");
        api.episode(authority, "C3", "2024-10-01");
        String adjourned = (String) api.post(child("C3") + "/reviews/bookings", "{\"date\": \"2024-10-28\"}").at("id");
        api.post(child("C3") + "/reviews/bookings/" + adjourned + "/adjournments",
                "{\"date\": \"2024-10-28\", \"reason\": \"no-care-plan\", \"reconveneOn\": \"2024-11-05\"}");
        review("C3", PN0, adjourned, "2024-11-05");

        for (int b = 1; b <= 34; b++) {
            String id = String.format("B%02d", b);
            api.put(child(id), """
                    {"dateOfBirth": "2010-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": false, "disability": false}""");
            api.episode(authority, id, "2023-01-09");
            for (String held : List.of("2023-02-01", "2023-04-25", "2023-10-20", "2024-04-15", "2024-10-10")) {
                review(id, PN1, null, held);
            }
        }

        allocate("C1", "iro-1", "2023-04-28");
        allocate("C4", "iro-1", "2023-09-01");
        allocate("C2", "iro-1", "2024-05-01");
        allocate("C1", "iro-2", "2024-10-01");
        allocate("C3", "iro-2", "2024-10-01");

        String a1 = raise("C2", "2024-06-03", "informal", "[\"report-late\", \"plan-not-implemented\"]", "");
        alert(a1, "responses", "{\"respondedOn\": \"2024-06-12\", \"by\": " + PERSON + ", \"text\": \"Soon\"}");
        escalate(a1, "stage-1", "2024-06-13");
        alert(a1, "responses", "{\"respondedOn\": \"2024-06-18\", \"by\": " + PERSON + ", \"text\": \"Done\"}");
        escalate(a1, "stage-2", "2024-06-24");
        escalate(a1, "stage-3", "2024-07-02");
        alert(a1, "resolution", "{\"resolvedOn\": \"2024-07-15\", \"outcome\": \"Assessment completed\","
                + " \"impact\": [\"assessment-completed\"]}");
        String a2 = raise("C3", "2024-11-11", "stage-1", "[\"other\"]", "");
        alert(a2, "cafcass-referral", "{\"on\": \"2025-01-10\", \"note\": \"Drift\"}");
        raise("C1", "2024-09-02", "stage-1", "[\"health-or-pep-late\"]",
                ", \"partnerAgency\": \"health\", \"theme\": \"health-assessment\"");
        assertThat(api.post(child("C1") + "/good-practice", "{\"on\": \"2024-10-01\", \"text\": \"Thorough\"}")
                .status()).isEqualTo(201);
    }

    private void pathwayPlanReview(String child, String held, boolean attended) {
        Api.Reply reply = api.post(child(child) + "/reviews", """
                {"meetingDates": ["%s"], "kind": "pathway-plan", "attended": %s}""".formatted(held, attended));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private void iro(String id, double fte, String employment, String duty, String from) {
        Api.Reply reply = api.put("/api/authorities/" + authority + "/iros/" + id, """
                {"name": "%s", "fte": %s, "employment": "%s", "duties": ["%s"], "from": "%s"}"""
                .formatted(id, fte, employment, duty, from));
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
    }

    private void allocate(String child, String iro, String from) {
        Api.Reply reply = api.put(child(child) + "/iro", "{\"iroId\": \"%s\", \"from\": \"%s\"}".formatted(iro, from));
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
    }

    private static final String PERSON = "{\"id\": \"p-1\", \"name\": \"Pat\", \"role\": \"team-manager\"}";

    private String raise(String child, String on, String stage, String reasons, String extra) {
        Api.Reply raised = api.post(child(child) + "/alerts", """
                {"raisedOn": "%s", "reasons": %s, "stage": "%s", "raisedWith": %s, "description": "Drift"%s}"""
                .formatted(on, reasons, stage, PERSON, extra));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return (String) raised.at("id");
    }

    private void alert(String id, String what, String body) {
        Api.Reply reply = api.post("/api/authorities/" + authority + "/alerts/" + id + "/" + what, body);
        assertThat(reply.status()).as(what + ": " + reply).isIn(200, 201);
    }

    private void escalate(String id, String stage, String on) {
        alert(id, "escalations", "{\"stage\": \"%s\", \"on\": \"%s\", \"reason\": \"No answer\", \"raisedWith\": %s}"
                .formatted(stage, on, PERSON));
    }

    private String child(String id) {
        return "/api/authorities/" + authority + "/children/" + id;
    }

    private void review(String child, String participation, String bookingId, String... meetings) {
        reviewWithFacts(child, participation, bookingId, "", meetings);
    }

    private void reviewWithFacts(String child, String participation, String bookingId, String facts,
                                 String... meetings) {
        Api.Reply reply = api.post(child(child) + "/reviews", """
                {"meetingDates": [%s], "participation": %s%s%s}""".formatted(
                String.join(", ", java.util.Arrays.stream(meetings).map(m -> "\"" + m + "\"").toList()),
                participation, bookingId == null ? "" : ", \"bookingId\": \"" + bookingId + "\"", facts));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
}
