package org.openiro.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

/**
 * A small authority built through the API for the service report, for 2024/25 and beside it 2023/24: 41 children,
 * every case of reports.md among them. {@code ServiceReportTest} counts every figure of the report from what is
 * written here, and says beside each expected number how it is made up.
 *
 * <p>The authority: the statutory policy (a review 20 working days after care starts, then 3 months, then every 6;
 * recommendations 5 working days after the review, record and letter 20; the social worker's report 3 working days
 * before it); IROs chair care leavers' pathway plan reviews (all-18-21); targets 95 % of reviews in timescale, 90 %
 * participation, 90 % of records in timescale; advocacy from {@code voices} (4 referrals a year) and
 * {@code speak-up} (no target); 7,800 children aged 0–17; the caseload band 0–1 children per full-time IRO, so that
 * a handful of children puts an IRO over it.
 *
 * <p>Every review is coded PN1 with the child attending in person, with no advocacy, no consultation, nobody
 * chairing but the IRO and no report, recommendations, record or letter recorded (so each of those deadlines missed,
 * each report never come), unless said otherwise. Every child is a girl of White British heritage, under legal status
 * C1, in foster care (U6) not more than 20 miles from home, unless said otherwise.
 *
 * <ul>
 *   <li><b>C1</b>, born 1 May 2012, in care from 28 April 2023: reviewed 25 May (due 31 May), 20 August (due 25
 *   August) and 10 February 2024 (due 20 February, and she part-chaired it), all in time; a midway review on 10 May
 *   2024; then 12 August 2024, two days after it was due (10 August), and 1 February 2025, in time (due 12 February;
 *   she chaired it, and also talked with the IRO beforehand). For 12 August: the report due 7 August came on the
 *   1st; recommendations due the 19th, issued the 16th; record due 10 September (26 August is a bank holiday),
 *   finished the 20th, late; letter due 10 September, sent the 5th; consultation forms went to her (returned), her
 *   carer (returned), her school and health (neither returned). Matched with an Independent Visitor on 1 November
 *   2023.
 *   <li><b>C2</b>, born 1 January 2010, in care from 1 May 2024, placed more than 20 miles away: first review due 31
 *   May (bank holidays 6 and 27 May), booked for 20 May, moved to 30 May for the court timetable, held then with an
 *   interpreter and part-chaired by her; her parent was sent a form and did not return it; advocacy was referred.
 *   The second, due 30 August, held in a series of 28 August and 4 September, in time: she did not attend but sent
 *   her views by app (PN6), advocacy not applicable. Next due 4 March 2025: overdue at the end of March. Referred to
 *   {@code voices} on 20 May 2024 (instructed); an Independent Visitor from 15 January 2025.
 *   <li><b>C3</b>, born 1 January 2022, in care from 1 October 2024: first review due 29 October, booked for 28
 *   October, adjourned that day (no care plan), reconvened 5 November: late, PN0 (advocacy recorded as not
 *   applicable). Next due 5 February 2025: overdue at the end of March. Referred to {@code speak-up} on 15 October
 *   2024 (non-instructed).
 *   <li><b>C4</b>, a boy born 1 June 2006, Black African, an unaccompanied asylum-seeking child, in care from 1
 *   September 2023: reviewed 20 September (due 29th), his views by consultation form (PN6; his form and the youth
 *   offending team's both returned), and 15 December (due 20th; letter due 17 January, sent 5 January), no views
 *   conveyed (PN7), both in time; left care on his 18th birthday, 1 June 2024 (E17). Matched with an Independent
 *   Visitor from 1 October 2023 until he left care. As a care leaver his pathway plan reviews are due six months on:
 *   10 June 2024 (due 15 June, he attends) and 20 December 2024 (due 10 December, he does not).
 *   <li><b>C5</b>, born 1 March 2011, in care twice: from 1 June 2023, reviewed 20 June through her advocate (PN5,
 *   due 29 June; has an instructed advocate from {@code voices}), home on 2 October 2023 (E4A); again from 1 July
 *   2024, reviewed 25 July (PN2, attending with her advocate: instructed, {@code voices}; due 29 July), 21 October
 *   (PN3, conveying her view without words, as the IRO observed; a non-instructed advocate from {@code speak-up};
 *   due 25 October) and 20 March 2025 (PN4, offered an advocate and declined; due 21 April): all in time. After March her
 *   recommendations were due 27 March, her record and letter not till 17 April 2025. Referred to {@code voices} on 10
 *   June 2023 and 10 July 2024 (instructed); an Independent Visitor from 1 September 2024.
 *   <li><b>C6</b>, born 1 February 2014, on short breaks (V3) from 1 September 2024: left out of the children looked
 *   after, but her review of 20 November 2024 (due 1 December, three months on), which she attended online, counts
 *   with the reviews; next due 20 May 2025.
 *   <li><b>C7</b>, born 10 September 2008, of Pakistani heritage, accommodated under section 20 (V2) from Monday 15
 *   January 2024 with foster carers (U4) at a distance not known: reviewed 5 February 2024 (due 12 February); a
 *   midway review on 15 March; 30 April 2024 (due 5 May), having met the IRO on her own beforehand (PN5; offered an
 *   advocate, declined); under a full care order (C2) from 3 June 2024; moved on 2 September 2024 to
 *   semi-independent accommodation (H5, unregulated), distance again not known; reviewed 28 October 2024 (due 30
 *   October), no views conveyed (PN7): all in time; next due 28 April 2025.
 * </ul>
 *
 * <p>Beside them, 34 boys alike, B01 to B34, born 1 January 2010, in care from Monday 9 January 2023: reviewed 1
 * February 2023 (due 6 February), 25 April 2023 (due 1 May), 20 October 2023 (due 25 October), 15 April 2024 (due 20
 * April) and 10 October 2024 (due 15 October), all in time; next due 10 April 2025. Each adds the same to most
 * figures: 2 reviews a year, in time, PN1. No IRO is allocated to them.
 *
 * <p>Alerts (the statutory ladder: informal, stages 1–4, 5 working days each; the escalation limit counted from the
 * first formal stage):
 * <ul>
 *   <li>for C4, raised at stage 2 on 8 January 2024 (wishes contradict the plan), answered in time on the 12th (due
 *   the 15th), resolved on the 22nd;
 *   <li>for C2, raised informally on 3 June 2024 (report late, plan not implemented), answered late on the 12th (due
 *   the 10th), escalated to stage 1 on the 13th and answered in time on the 18th (due the 20th), to stage 2 on the
 *   24th (due 1 July) and to stage 3 on 2 July (due the 9th), neither answered, resolved on 15 July;
 *   <li>for C7, raised informally on 7 May 2024 (placement not meeting needs), answered on the 10th (due the 14th),
 *   resolved informally on the 20th;
 *   <li>for C3, raised at stage 1 on 11 November 2024 (other), due the 18th, never answered, referred to Cafcass on
 *   10 January 2025 and independent legal advice sought on 3 February, still open at the end of March, 97 working
 *   days old and long past the 20;
 *   <li>for C2, raised informally on 26 March 2025 (recording on the case system), due 2 April: open at the end of
 *   March, 3 working days old.
 * </ul>
 * Partner escalations: to education for C7 (PEP) on 12 February 2024, and to health for C1 (health assessment) on 2
 * September 2024, both raised at stage 1 for a PEP or health assessment late. Good practice notes: for C4 on 20
 * December 2023 and for C1 on 1 October 2024.
 *
 * <p>IROs: iro-1 (permanent, full time) holds C1 from care start until 1 October 2024, C4 (on after he left care) and
 * C2; iro-2 (agency, half time, from January 2024) takes C1 over on 1 October 2024 and holds C3, and C7 from then;
 * iro-3 (permanent, full time) chairs fostering reviews only; iro-4 (fixed-term, full time, 1 June 2023 to 30
 * September 2024) holds C7 from her care start until she passes to iro-2.
 */
public final class ReportFixture {

    private final Api api;
    private final String authority;

    private static final String PN1 = "{\"code\": \"PN1\", \"methods\": [\"attended-in-person\"]}";
    private static final String PN0 = "{\"code\": \"PN0\"}";
    private static final String PN7 = "{\"code\": \"PN7\"}";
    private static final String NONE = "";
    private static final String OFFERED_DECLINED = ", \"advocacy\": {\"status\": \"offered-declined\"}";
    private static final String NOT_APPLICABLE = ", \"advocacy\": {\"status\": \"not-applicable\"}";

    private ReportFixture(Api api, String authority) {
        this.api = api;
        this.authority = authority;
    }

    /** Builds the authority {@code authority} on the service {@code api} talks to. */
    public static void build(Api api, String authority) {
        new ReportFixture(api, authority).build();
    }

    private void build() {
        Api.Reply created = api.put("/api/authorities/" + authority, "{\"name\": \"Test Borough " + authority + "\", "
                + "\"childPopulation\": 7800, "
                + "\"policy\": {\"preset\": \"statutory\", \"caseloadBand\": {\"min\": 0, \"max\": 1},"
                + " \"pathwayPlanReviews\": \"all-18-21\","
                + " \"advocacyProviders\": [{\"id\": \"voices\", \"name\": \"Voices\", \"annualReferralTarget\": 4},"
                + " {\"id\": \"speak-up\", \"name\": \"Speak Up\"}],"
                + " \"targets\": {\"reviewsInTimescale\": 0.95, \"participation\": 0.9,"
                + " \"recordsInTimescale\": 0.9}}}");
        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        iro("iro-1", 1.0, "permanent", "cla", "2020-01-01", null);
        iro("iro-2", 0.5, "agency", "cla", "2024-01-01", null);
        iro("iro-3", 1.0, "permanent", "fostering", "2020-01-01", null);
        iro("iro-4", 1.0, "fixed-term", "cla", "2023-06-01", "2024-09-30");

        api.child(authority, "C1", "2012-05-01");
        api.episode(authority, "C1", "2023-04-28");
        review("C1", PN1, NONE, "2023-05-25");
        review("C1", PN1, NONE, "2023-08-20");
        review("C1", "{\"code\": \"PN1\", \"methods\": [\"attended-in-person\"], \"chairedByChild\": \"part\"}", NONE,
                "2024-02-10");
        assertThat(api.post(child("C1") + "/midway-reviews", "{\"date\": \"2024-05-10\", \"withChild\": true,"
                + " \"driftIdentified\": false, \"notes\": \"On track\"}").status()).isEqualTo(201);
        review("C1", PN1, ", \"socialWorkReportReceivedOn\": \"2024-08-01\","
                + " \"recommendationsIssuedOn\": \"2024-08-16\", \"recordCompletedOn\": \"2024-09-20\","
                + " \"letterSentOn\": \"2024-09-05\", \"consultation\": ["
                + consulted("child", true) + ", " + consulted("carer", true) + ", " + consulted("school", false) + ", "
                + consulted("health", false) + "]", "2024-08-12");
        review("C1", "{\"code\": \"PN1\", \"methods\": [\"attended-in-person\", \"discussion-with-iro\"],"
                + " \"chairedByChild\": \"full\"}", NONE, "2025-02-01");
        independentVisitor("C1", "2023-11-01", null);

        api.put(child("C4"), """
                {"dateOfBirth": "2006-06-01", "gender": "male", "ethnicity": "BAFR", "uasc": true, "disability": false}""");
        api.episode(authority, "C4", "2023-09-01");
        independentVisitor("C4", "2023-10-01", "2024-06-01");
        review("C4", "{\"code\": \"PN6\", \"methods\": [\"consultation-form\"]}", ", \"consultation\": ["
                + consulted("child", true) + ", " + consulted("other-agency", true) + "]", "2023-09-20");
        review("C4", PN7, ", \"letterSentOn\": \"2024-01-05\"", "2023-12-15");
        api.post(child("C4") + "/episodes/current/end", "{\"endDate\": \"2024-06-01\", \"reason\": \"E17\"}");
        pathwayPlanReview("C4", "2024-06-10", true);
        pathwayPlanReview("C4", "2024-12-20", false);

        api.child(authority, "C6", "2014-02-01");
        api.post(child("C6") + "/episodes", """
                {"startDate": "2024-09-01", "legalStatus": "V3", "placement": {"type": "U6", "over20Miles": false}}""");
        review("C6", "{\"code\": \"PN1\", \"methods\": [\"attended-online\"]}", NONE, "2024-11-20");

        api.child(authority, "C5", "2011-03-01");
        api.episode(authority, "C5", "2023-06-01");
        referToAdvocacy("C5", "2023-06-10", "voices", null);
        review("C5", "{\"code\": \"PN5\", \"methods\": [\"advocate\"]}", advocate("instructed", "voices"),
                "2023-06-20");
        api.post(child("C5") + "/episodes/current/end", "{\"endDate\": \"2023-10-02\", \"reason\": \"E4A\"}");
        api.episode(authority, "C5", "2024-07-01");
        referToAdvocacy("C5", "2024-07-10", "voices", "instructed");
        review("C5", "{\"code\": \"PN2\", \"methods\": [\"attended-in-person\", \"advocate\"]}",
                advocate("instructed", "voices"), "2024-07-25");
        independentVisitor("C5", "2024-09-01", null);
        review("C5", "{\"code\": \"PN3\", \"methods\": [\"attended-in-person\", \"iro-observation\"]}",
                advocate("non-instructed", "speak-up"), "2024-10-21");
        review("C5", "{\"code\": \"PN4\", \"methods\": [\"attended-in-person\"]}", OFFERED_DECLINED, "2025-03-20");

        api.child(authority, "C2", "2010-01-01");
        api.post(child("C2") + "/episodes", """
                {"startDate": "2024-05-01", "legalStatus": "C1", "placement": {"type": "U6", "over20Miles": true}}""");
        String booked = (String) api.post(child("C2") + "/reviews/bookings", "{\"date\": \"2024-05-20\"}").at("id");
        api.post(child("C2") + "/reviews/bookings/" + booked + "/rearrangements",
                "{\"newDate\": \"2024-05-30\", \"reason\": \"court-timetable\"}");
        referToAdvocacy("C2", "2024-05-20", "voices", "instructed");
        review("C2", "{\"code\": \"PN1\", \"methods\": [\"attended-in-person\", \"interpreter\"],"
                + " \"chairedByChild\": \"part\"}", ", \"bookingId\": \"" + booked + "\", \"advocacy\": {\"status\":"
                + " \"referred\"}, \"consultation\": [" + consulted("parent", false) + "]", "2024-05-30");
        review("C2", "{\"code\": \"PN6\", \"methods\": [\"app\"]}", NOT_APPLICABLE, "2024-08-28", "2024-09-04");
        independentVisitor("C2", "2025-01-15", null);

        api.child(authority, "C3", "2022-01-01");
        api.episode(authority, "C3", "2024-10-01");
        referToAdvocacy("C3", "2024-10-15", "speak-up", "non-instructed");
        String adjourned = (String) api.post(child("C3") + "/reviews/bookings", "{\"date\": \"2024-10-28\"}").at("id");
        api.post(child("C3") + "/reviews/bookings/" + adjourned + "/adjournments",
                "{\"date\": \"2024-10-28\", \"reason\": \"no-care-plan\", \"reconveneOn\": \"2024-11-05\"}");
        review("C3", PN0, ", \"bookingId\": \"" + adjourned + "\"" + NOT_APPLICABLE, "2024-11-05");

        api.put(child("C7"), """
                {"dateOfBirth": "2008-09-10", "gender": "female", "ethnicity": "APKN", "uasc": false,
                 "disability": false}""");
        api.post(child("C7") + "/episodes", """
                {"startDate": "2024-01-15", "legalStatus": "V2", "placement": {"type": "U4", "over20Miles": null}}""");
        review("C7", PN1, NONE, "2024-02-05");
        assertThat(api.post(child("C7") + "/midway-reviews", "{\"date\": \"2024-03-15\", \"withChild\": true,"
                + " \"driftIdentified\": false, \"notes\": \"Settled\"}").status()).isEqualTo(201);
        review("C7", "{\"code\": \"PN5\", \"methods\": [\"met-iro-separately\"]}", OFFERED_DECLINED, "2024-04-30");
        created("C7", "/legal-statuses", "{\"from\": \"2024-06-03\", \"legalStatus\": \"C2\"}");
        created("C7", "/placements", "{\"startDate\": \"2024-09-02\", \"type\": \"H5\", \"over20Miles\": null,"
                + " \"planned\": true}");
        review("C7", PN7, NONE, "2024-10-28");

        for (int b = 1; b <= 34; b++) {
            String id = String.format("B%02d", b);
            api.put(child(id), """
                    {"dateOfBirth": "2010-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": false, "disability": false}""");
            api.episode(authority, id, "2023-01-09");
            for (String held : List.of("2023-02-01", "2023-04-25", "2023-10-20", "2024-04-15", "2024-10-10")) {
                review(id, PN1, NONE, held);
            }
        }

        allocate("C1", "iro-1", "2023-04-28");
        allocate("C4", "iro-1", "2023-09-01");
        allocate("C7", "iro-4", "2024-01-15");
        allocate("C2", "iro-1", "2024-05-01");
        allocate("C1", "iro-2", "2024-10-01");
        allocate("C3", "iro-2", "2024-10-01");
        allocate("C7", "iro-2", "2024-10-01");

        String a5 = raise("C4", "2024-01-08", "stage-2", "[\"wishes-contradict-plan\"]", "");
        respond(a5, "2024-01-12");
        resolve(a5, "2024-01-22");
        raise("C7", "2024-02-12", "stage-1", "[\"health-or-pep-late\"]",
                ", \"partnerAgency\": \"education\", \"theme\": \"pep\"");
        String a3 = raise("C7", "2024-05-07", "informal", "[\"placement-not-meeting-needs\"]", "");
        respond(a3, "2024-05-10");
        resolve(a3, "2024-05-20");
        String a1 = raise("C2", "2024-06-03", "informal", "[\"report-late\", \"plan-not-implemented\"]", "");
        respond(a1, "2024-06-12");
        escalate(a1, "stage-1", "2024-06-13");
        respond(a1, "2024-06-18");
        escalate(a1, "stage-2", "2024-06-24");
        escalate(a1, "stage-3", "2024-07-02");
        resolve(a1, "2024-07-15");
        String a2 = raise("C3", "2024-11-11", "stage-1", "[\"other\"]", "");
        alert(a2, "cafcass-referral", "{\"on\": \"2025-01-10\", \"note\": \"Drift\"}");
        alert(a2, "legal-advice", "{\"on\": \"2025-02-03\", \"note\": \"Drift\"}");
        raise("C2", "2025-03-26", "informal", "[\"recording-system\"]", "");
        raise("C1", "2024-09-02", "stage-1", "[\"health-or-pep-late\"]",
                ", \"partnerAgency\": \"health\", \"theme\": \"health-assessment\"");
        goodPractice("C4", "2023-12-20");
        goodPractice("C1", "2024-10-01");
    }

    private static String consulted(String party, boolean returned) {
        return "{\"party\": \"%s\", \"sent\": true, \"returned\": %s}".formatted(party, returned);
    }

    private static String advocate(String type, String provider) {
        return ", \"advocacy\": {\"status\": \"has-advocate\", \"type\": \"%s\", \"provider\": \"%s\"}"
                .formatted(type, provider);
    }

    private void pathwayPlanReview(String child, String held, boolean attended) {
        Api.Reply reply = api.post(child(child) + "/reviews", """
                {"meetingDates": ["%s"], "kind": "pathway-plan", "attended": %s}""".formatted(held, attended));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private void iro(String id, double fte, String employment, String duty, String from, String to) {
        Api.Reply reply = api.put("/api/authorities/" + authority + "/iros/" + id, """
                {"name": "%s", "fte": %s, "employment": "%s", "duties": ["%s"], "from": "%s", "to": %s}"""
                .formatted(id, fte, employment, duty, from, to == null ? "null" : "\"" + to + "\""));
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
    }

    private void allocate(String child, String iro, String from) {
        Api.Reply reply = api.put(child(child) + "/iro", "{\"iroId\": \"%s\", \"from\": \"%s\"}".formatted(iro, from));
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
    }

    private void referToAdvocacy(String child, String on, String provider, String type) {
        created(child, "/advocacy-referrals", "{\"on\": \"%s\", \"provider\": \"%s\"%s}".formatted(on, provider,
                type == null ? "" : ", \"type\": \"" + type + "\""));
    }

    private void independentVisitor(String child, String matchedOn, String endedOn) {
        Api.Reply reply = api.put(child(child) + "/independent-visitor", "{\"matchedOn\": \"%s\", \"endedOn\": %s}"
                .formatted(matchedOn, endedOn == null ? "null" : "\"" + endedOn + "\""));
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
    }

    private void goodPractice(String child, String on) {
        created(child, "/good-practice", "{\"on\": \"%s\", \"text\": \"Thorough\"}".formatted(on));
    }

    private void created(String child, String what, String body) {
        Api.Reply reply = api.post(child(child) + what, body);
        assertThat(reply.status()).as(what + ": " + reply).isEqualTo(201);
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

    private void respond(String id, String on) {
        alert(id, "responses", "{\"respondedOn\": \"%s\", \"by\": %s, \"text\": \"Done\"}".formatted(on, PERSON));
    }

    private void escalate(String id, String stage, String on) {
        alert(id, "escalations", "{\"stage\": \"%s\", \"on\": \"%s\", \"reason\": \"No answer\", \"raisedWith\": %s}"
                .formatted(stage, on, PERSON));
    }

    private void resolve(String id, String on) {
        alert(id, "resolution", ("{\"resolvedOn\": \"%s\", \"outcome\": \"Agreed\","
                + " \"impact\": [\"assessment-completed\"]}").formatted(on));
    }

    private String child(String id) {
        return "/api/authorities/" + authority + "/children/" + id;
    }

    /** A review held, with {@code more} of the body (advocacy, consultation, the later facts) as JSON members. */
    private void review(String child, String participation, String more, String... meetings) {
        Api.Reply reply = api.post(child(child) + "/reviews", """
                {"meetingDates": [%s], "participation": %s%s}""".formatted(
                String.join(", ", Arrays.stream(meetings).map(m -> "\"" + m + "\"").toList()), participation, more));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
}
