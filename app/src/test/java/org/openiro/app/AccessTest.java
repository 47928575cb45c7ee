package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openiro.app.support.Api;
import org.openiro.app.support.ApiContract;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.Tokens;
import org.openiro.http.security.Permits;

/**
 * Who may do what (api.md): every endpoint, for every role in its own authority, a user of another authority, and
 * no token at all. A route missing from this table fails the build, so every new endpoint is born protected. Every
 * answer, and every request body sent, is also checked against the OpenAPI document the service serves.
 */
@MicronautTest(environments = "pg", transactional = false)
class AccessTest {

    private static final int OK = 200;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    Router router;

    private Api api;
    private ApiContract contract;
    private final String own = TestAuthorities.fresh("acc");
    private final String other = TestAuthorities.fresh("accx");

    /** The callers, named for the table. */
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private String c1Review;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        contract = ApiContract.servedBy(server.getURL(), json);
        api.put("/api/authorities/" + own, "{\"name\": \"Own\", \"policy\": {\"advocacyProviders\": "
                + "[{\"id\": \"p1\", \"name\": \"Provider One\"}]}}");
        api.authority(other);
        api.child(own, "C1", "2014-01-01");
        api.episode(own, "C1", "2023-04-28");
        c1Review = reviewOf("C1");
        api.put("/api/authorities/" + own + "/iros/iro-1", "{\"name\": \"Ira\", \"fte\": 1.0, "
                + "\"employment\": \"permanent\", \"from\": \"2020-01-01\"}");
        api.put("/api/authorities/" + own + "/iros/iro-2", "{\"name\": \"Ivo\", \"fte\": 1.0, "
                + "\"employment\": \"permanent\", \"from\": \"2020-01-01\"}");
        api.put("/api/authorities/" + own + "/children/C1/social-worker", socialWorker("sw-1"));
        tokens.put("admin-all", Tokens.superuser());
        tokens.put("admin", Tokens.mint("a", List.of("admin"), List.of(own), null, null));
        tokens.put("manager", Tokens.mint("m", List.of("manager"), List.of(own), null, null));
        tokens.put("iro", Tokens.mint("i", List.of("iro"), List.of(own), "iro-1", null));
        tokens.put("social-worker", Tokens.mint("s", List.of("social-worker"), List.of(own), null, "sw-1"));
        tokens.put("other-social-worker", Tokens.mint("s2", List.of("social-worker"), List.of(own), null, "sw-2"));
        tokens.put("viewer", Tokens.mint("v", List.of("viewer"), List.of(own), null, null));
        tokens.put("manager-elsewhere", Tokens.mint("x", List.of("manager", "admin"), List.of(other), null, null));
        tokens.put("no-token", null);
    }

    private static String socialWorker(String id) {
        return """
                {"id": "%s", "name": "Sam Worker", "email": "sam@example.org", "team": "CiC 1",
                 "teamManager": {"id": "tm-1", "name": "Tia Manager", "email": "tia@example.org"}}""".formatted(id);
    }

    /** One row: an endpoint called a given way, and the status each caller gets (OK: any 2xx). */
    private record Row(String route, String method, Supplier<String> path, Supplier<String> body,
                       Map<String, Integer> expected, Map<String, String> files) {
        Row(String route, String method, Supplier<String> path, Supplier<String> body,
            Map<String, Integer> expected) {
            this(route, method, path, body, expected, null);
        }
    }

    private static Map<String, Integer> expect(int adminAll, int admin, int manager, int iro, int socialWorker,
                                               int otherSocialWorker, int viewer, int elsewhere) {
        Map<String, Integer> e = new LinkedHashMap<>();
        e.put("admin-all", adminAll);
        e.put("admin", admin);
        e.put("manager", manager);
        e.put("iro", iro);
        e.put("social-worker", socialWorker);
        e.put("other-social-worker", otherSocialWorker);
        e.put("viewer", viewer);
        e.put("manager-elsewhere", elsewhere);
        e.put("no-token", 401);
        return e;
    }

    private String base() {
        return "/api/authorities/" + own;
    }

    /** A child made for one call, so that a write which may succeed can succeed for every caller allowed it. */
    private String freshChild() {
        String id = "F" + UUID.randomUUID().toString().substring(0, 8);
        api.child(own, id, "2014-01-01");
        return id;
    }

    private static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
    }

    /** A child in care since 2023, for the review endpoints. */
    private String childInCare() {
        String id = freshChild();
        api.episode(own, id, "2023-04-28");
        return id;
    }

    private String reviewOf(String child) {
        return (String) api.post(base() + "/children/" + child + "/reviews", ReviewCycleTest.review("2023-05-25"))
                .at("id");
    }

    private String bookingOf(String child) {
        return (String) api.post(base() + "/children/" + child + "/reviews/bookings", "{\"date\": \"2023-05-30\"}")
                .at("id");
    }

    private String alertOnC1() {
        return (String) api.post(base() + "/children/C1/alerts", "{\"raisedOn\": \"2024-03-01\", \"reasons\": "
                + "[\"other\"], \"stage\": \"informal\", \"description\": \"drift\"}").at("id");
    }

    private List<Row> table() {
        String child = """
                {"dateOfBirth": "2014-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": false, "disability": false}""";
        String episode = """
                {"startDate": "2024-01-08", "legalStatus": "C1", "placement": {"type": "U6"}}""";
        String user = """
                {"password": "a-long-enough-password", "roles": ["viewer"]}""";
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("PUT /api/authorities/{authority}", "PUT", this::base,
                () -> "{\"name\": \"Renamed\", \"policy\": {\"preset\": \"statutory\", \"advocacyProviders\": "
                        + "[{\"id\": \"p1\", \"name\": \"Provider One\"}]}}",
                expect(OK, OK, 403, 403, 403, 403, 403, 404)));
        rows.add(new Row("PUT /api/authorities/{authority}", "PUT",
                () -> "/api/authorities/" + TestAuthorities.fresh("new"), () -> "{\"name\": \"New\"}",
                expect(201, 404, 404, 404, 404, 404, 404, 404)));
        rows.add(new Row("GET /api/authorities/{authority}", "GET", this::base, () -> null,
                expect(OK, OK, OK, OK, OK, OK, OK, 404)));
        rows.add(new Row("PUT /api/authorities/{authority}/children/{childId}", "PUT",
                () -> base() + "/children/" + freshChild(), () -> child,
                expect(OK, 403, OK, 403, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/children/{childId}", "GET",
                () -> base() + "/children/C1", () -> null,
                expect(OK, 403, OK, OK, OK, 404, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/children/{childId}/episodes", "POST",
                () -> base() + "/children/" + freshChild() + "/episodes", () -> episode,
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("PUT /api/authorities/{authority}/children/{childId}/social-worker", "PUT",
                () -> base() + "/children/" + freshChild() + "/social-worker", () -> socialWorker("sw-9"),
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        String c1 = "/children/C1";
        rows.add(new Row("GET /api/authorities/{authority}/children", "GET", () -> base() + "/children?overdue=true",
                () -> null, expect(OK, 403, OK, OK, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/children/{childId}/episodes/current/end", "POST",
                () -> base() + "/children/" + childInCare() + "/episodes/current/end",
                () -> "{\"endDate\": \"2024-01-10\", \"reason\": \"E4A\"}",
                expect(OK, 403, OK, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/children/{childId}/placements", "POST",
                () -> base() + "/children/" + childInCare() + "/placements",
                () -> "{\"startDate\": \"2024-01-10\", \"type\": \"U4\"}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/children/{childId}/legal-statuses", "POST",
                () -> base() + "/children/" + childInCare() + "/legal-statuses",
                () -> "{\"from\": \"2024-01-10\", \"legalStatus\": \"C2\"}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        // IROs write casework only for the children allocated to them; C1 and fresh children have no IRO yet.
        rows.add(new Row("POST /api/authorities/{authority}/children/{childId}/reviews", "POST",
                () -> base() + "/children/" + childInCare() + "/reviews", () -> ReviewCycleTest.review("2023-05-25"),
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/children/{childId}/reviews", "GET",
                () -> base() + c1 + "/reviews", () -> null, expect(OK, 403, OK, OK, OK, 404, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/children/{childId}/reviews/{reviewId}", "GET",
                () -> base() + c1 + "/reviews/" + c1Review, () -> null, expect(OK, 403, OK, OK, OK, 404, 403, 404)));
        rows.add(new Row("PATCH /api/authorities/{authority}/children/{childId}/reviews/{reviewId}", "PATCH",
                () -> base() + c1 + "/reviews/" + c1Review, () -> "{\"letterSentOn\": \"2023-06-01\"}",
                expect(OK, 403, OK, 403, 403, 403, 403, 404)));
        rows.add(new Row("DELETE /api/authorities/{authority}/children/{childId}/reviews/{reviewId}", "DELETE",
                () -> {
                    String inCare = childInCare();
                    return base() + "/children/" + inCare + "/reviews/" + reviewOf(inCare);
                }, () -> null, expect(204, 403, 204, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/children/{childId}/reviews/bring-forward", "POST",
                () -> {
                    String id = freshChild();
                    api.episode(own, id, today().toString());
                    return base() + "/children/" + id + "/reviews/bring-forward";
                }, () -> "{\"dueBy\": \"" + today().plusDays(1) + "\", \"reason\": \"iro-direction\"}",
                expect(OK, 403, OK, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/children/{childId}/reviews/bookings", "POST",
                () -> base() + c1 + "/reviews/bookings", () -> "{\"date\": \"2024-02-01\"}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/children/{childId}/reviews/bookings", "GET",
                () -> base() + c1 + "/reviews/bookings", () -> null, expect(OK, 403, OK, OK, OK, 404, 403, 404)));
        rows.add(new Row(
                "POST /api/authorities/{authority}/children/{childId}/reviews/bookings/{bookingId}/rearrangements",
                "POST", () -> base() + c1 + "/reviews/bookings/" + bookingOf("C1") + "/rearrangements",
                () -> "{\"newDate\": \"2024-02-02\", \"reason\": \"other\"}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row(
                "POST /api/authorities/{authority}/children/{childId}/reviews/bookings/{bookingId}/adjournments",
                "POST", () -> base() + c1 + "/reviews/bookings/" + bookingOf("C1") + "/adjournments",
                () -> "{\"date\": \"2024-02-02\", \"reason\": \"other\", \"reconveneOn\": \"2024-02-09\"}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/children/{childId}/midway-reviews", "POST",
                () -> base() + c1 + "/midway-reviews",
                () -> "{\"date\": \"2024-02-02\", \"withChild\": true, \"driftIdentified\": false}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/children/{childId}/midway-reviews", "GET",
                () -> base() + c1 + "/midway-reviews", () -> null, expect(OK, 403, OK, OK, OK, 404, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/children/{childId}/iro-visits", "POST",
                () -> base() + c1 + "/iro-visits", () -> "{\"date\": \"2024-02-02\", \"kind\": \"visit\"}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/children/{childId}/iro-visits", "GET",
                () -> base() + c1 + "/iro-visits", () -> null, expect(OK, 403, OK, OK, OK, 404, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/children/{childId}/advocacy-referrals", "POST",
                () -> base() + c1 + "/advocacy-referrals", () -> "{\"on\": \"2024-02-02\", \"provider\": \"p1\"}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/children/{childId}/advocacy-referrals", "GET",
                () -> base() + c1 + "/advocacy-referrals", () -> null, expect(OK, 403, OK, OK, OK, 404, 403, 404)));
        rows.add(new Row("PUT /api/authorities/{authority}/children/{childId}/independent-visitor", "PUT",
                () -> base() + c1 + "/independent-visitor", () -> "{\"matchedOn\": \"2024-02-02\"}",
                expect(OK, 403, OK, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/feedback", "POST", () -> base() + "/feedback",
                () -> "{\"from\": \"child\", \"on\": \"2024-02-02\", \"text\": \"thanks\"}",
                expect(201, 403, 201, 201, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/feedback", "GET",
                () -> base() + "/feedback?from=2024-01-01&to=2024-12-31", () -> null,
                expect(OK, 403, OK, 403, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/exports/ssda903/reviews", "GET",
                () -> base() + "/exports/ssda903/reviews?year=2024", () -> null,
                expect(OK, OK, 403, 403, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/exports/ssd/cla-reviews", "GET",
                () -> base() + "/exports/ssd/cla-reviews?from=2024-01-01&to=2024-12-31", () -> null,
                expect(OK, OK, 403, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/imports/ssda903", "POST",
                () -> base() + "/imports/ssda903", () -> null, expect(OK, OK, 403, 403, 403, 403, 403, 404),
                Map.of("header", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n903A,1,15/03/2015,WBRI,,,\n",
                        "episodes", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
                                + "HOME_POST,PL_POST,URN\n903A,28/04/2023,S,C2,N1,U4,PR1,,,,,,\n",
                        "reviews", "CHILD,DOB,REVIEW,REVIEW_CODE\n903A,15/03/2015,25/05/2023,PN1\n")));
        rows.add(new Row("GET /api/authorities/{authority}/reports/iro-service", "GET",
                () -> base() + "/reports/iro-service?from=2024-01-01&to=2024-12-31", () -> null,
                expect(OK, 403, OK, 403, 403, 403, OK, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/reports/participation", "GET",
                () -> base() + "/reports/participation?from=2024-01-01&to=2024-12-31", () -> null,
                expect(OK, 403, OK, 403, 403, 403, OK, 404)));
        String iroBody = "{\"name\": \"Ira\", \"fte\": 1.0, \"employment\": \"permanent\", \"from\": \"2020-01-01\"}";
        rows.add(new Row("PUT /api/authorities/{authority}/iros/{iroId}", "PUT", () -> base() + "/iros/iro-1",
                () -> iroBody, expect(OK, OK, 403, 403, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/iros", "GET", () -> base() + "/iros", () -> null,
                expect(OK, OK, OK, OK, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/iros/{iroId}", "GET", () -> base() + "/iros/iro-1",
                () -> null, expect(OK, OK, OK, OK, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/iros/{iroId}/worklist", "GET",
                () -> base() + "/iros/iro-1/worklist", () -> null, expect(OK, OK, OK, OK, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/worklist", "GET", () -> base() + "/worklist",
                () -> null, expect(OK, OK, OK, OK, 403, 403, 403, 404)));
        rows.add(new Row("PUT /api/authorities/{authority}/children/{childId}/iro", "PUT",
                () -> base() + "/children/" + freshChild() + "/iro",
                () -> "{\"iroId\": \"iro-1\", \"from\": \"2024-01-01\"}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/iros/{iroId}/reallocation-plan", "POST",
                () -> base() + "/iros/iro-1/reallocation-plan", () -> "{\"to\": [\"iro-2\"]}",
                expect(OK, 403, OK, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/iros/{iroId}/reallocation-plan/apply", "POST",
                () -> base() + "/iros/iro-1/reallocation-plan/apply", () -> "{\"to\": [\"iro-1\"]}",
                expect(400, 403, 400, 403, 403, 403, 403, 404)));
        rows.add(new Row("PUT /api/authorities/{authority}/children/{childId}/siblings", "PUT",
                () -> base() + c1 + "/siblings", () -> "{\"groupId\": \"g1\"}",
                expect(OK, 403, OK, 403, 403, 403, 403, 404)));
        String alertBody = "{\"raisedOn\": \"2024-03-01\", \"reasons\": [\"other\"], \"stage\": \"informal\", "
                + "\"description\": \"drift\"}";
        String person = "{\"id\": \"tm-1\", \"role\": \"team-manager\"}";
        rows.add(new Row("POST /api/authorities/{authority}/children/{childId}/alerts", "POST",
                () -> base() + c1 + "/alerts", () -> alertBody, expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/alerts", "GET", () -> base() + "/alerts", () -> null,
                expect(OK, 403, OK, OK, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/alerts/{alertId}", "GET",
                () -> base() + "/alerts/" + alertOnC1(), () -> null, expect(OK, 403, OK, OK, OK, 404, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/alerts/{alertId}/responses", "POST",
                () -> base() + "/alerts/" + alertOnC1() + "/responses",
                () -> "{\"respondedOn\": \"2024-03-02\", \"by\": {\"id\": \"sw-1\", \"role\": \"social-worker\"}}",
                expect(201, 403, 201, 403, 201, 404, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/alerts/{alertId}/escalations", "POST",
                () -> base() + "/alerts/" + alertOnC1() + "/escalations",
                () -> "{\"stage\": \"stage-1\", \"on\": \"2024-03-02\", \"raisedWith\": " + person + "}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/alerts/{alertId}/cafcass-referral", "POST",
                () -> base() + "/alerts/" + alertOnC1() + "/cafcass-referral", () -> "{\"on\": \"2024-03-02\"}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/alerts/{alertId}/legal-advice", "POST",
                () -> base() + "/alerts/" + alertOnC1() + "/legal-advice", () -> "{\"on\": \"2024-03-02\"}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/alerts/{alertId}/resolution", "POST",
                () -> base() + "/alerts/" + alertOnC1() + "/resolution",
                () -> "{\"resolvedOn\": \"2024-03-02\", \"outcome\": \"done\"}",
                expect(OK, 403, OK, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/alerts/{alertId}/withdrawal", "POST",
                () -> base() + "/alerts/" + alertOnC1() + "/withdrawal", () -> "{\"on\": \"2024-03-02\"}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/children/{childId}/good-practice", "POST",
                () -> base() + c1 + "/good-practice", () -> "{\"on\": \"2024-03-02\", \"text\": \"well done\"}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        qualityAssurance(rows);
        rows.add(new Row("GET /api/authorities/{authority}/events", "GET", () -> base() + "/events", () -> null,
                expect(OK, OK, 403, 403, 403, 403, 403, 404)));
        rows.add(new Row("PUT /api/authorities/{authority}/users/{username}", "PUT",
                () -> base() + "/users/u-" + UUID.randomUUID().toString().substring(0, 8), () -> user,
                expect(201, 201, 403, 403, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/audit", "GET", () -> base() + "/audit", () -> null,
                expect(OK, OK, 403, 403, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/access-log", "GET", () -> base() + "/access-log",
                () -> null, expect(OK, OK, 403, 403, 403, 403, 403, 404)));
        return rows;
    }

    /** A review of a child in care, with its QA form completed when {@code completed}: its form's path. */
    private String qaOfFreshReview(boolean completed) {
        String inCare = childInCare();
        String path = base() + "/children/" + inCare + "/reviews/" + reviewOf(inCare) + "/qa";
        if (completed) {
            api.post(path, "{\"answers\": {\"care-plan-up-to-date\": \"yes\"}}");
        }
        return path;
    }

    /** An audit of one child in care today, given to iro-1. */
    private Api.Reply auditOfOne() {
        return api.post(base() + "/audits", "{\"title\": \"Dip\", \"cohort\": {}, \"sampleSize\": 1, "
                + "\"auditors\": [\"iro-1\"]}");
    }

    /** Issue 24: the QA form's questions, a review's form, audits and their findings, the QA report. */
    private void qualityAssurance(List<Row> rows) {
        // Before the PUT and after it, the form asks care-plan-up-to-date: every row below answers it.
        String questions = "{\"questions\": [{\"id\": \"care-plan-up-to-date\", \"label\": \"Care plan\", "
                + "\"scale\": \"yes-no\"}]}";
        rows.add(new Row("GET /api/authorities/{authority}/qa/form", "GET", () -> base() + "/qa/form", () -> null,
                expect(OK, OK, OK, OK, 403, 403, 403, 404)));
        rows.add(new Row("PUT /api/authorities/{authority}/qa/form", "PUT", () -> base() + "/qa/form",
                () -> questions, expect(OK, OK, 403, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/children/{childId}/reviews/{reviewId}/qa", "POST",
                () -> qaOfFreshReview(false), () -> "{\"answers\": {\"care-plan-up-to-date\": \"yes\"}}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/children/{childId}/reviews/{reviewId}/qa", "GET",
                () -> base() + "/children/C1/reviews/" + c1Review + "/qa", () -> null,
                expect(OK, 403, OK, OK, 403, 403, 403, 404)));
        rows.add(new Row("PATCH /api/authorities/{authority}/children/{childId}/reviews/{reviewId}/qa", "PATCH",
                () -> qaOfFreshReview(true), () -> "{\"notes\": \"amended\"}",
                expect(OK, 403, OK, 403, 403, 403, 403, 404)));
        rows.add(new Row("POST /api/authorities/{authority}/audits", "POST", () -> base() + "/audits",
                () -> "{\"title\": \"Dip\", \"cohort\": {}, \"sampleSize\": 1, \"auditors\": [\"iro-1\"]}",
                expect(201, 403, 201, 403, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/audits", "GET", () -> base() + "/audits", () -> null,
                expect(OK, 403, OK, OK, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/audits/{auditId}", "GET",
                () -> base() + "/audits/" + auditOfOne().at("id"), () -> null,
                expect(OK, 403, OK, OK, 403, 403, 403, 404)));
        // iro-1 is the auditor of the audit's one child, so the IRO may record findings on it.
        rows.add(new Row("POST /api/authorities/{authority}/audits/{auditId}/children/{childId}/findings", "POST",
                () -> {
                    Api.Reply audit = auditOfOne();
                    return base() + "/audits/" + audit.at("id") + "/children/" + audit.at("children.0.childId")
                            + "/findings";
                }, () -> "{\"answers\": {\"care-plan-up-to-date\": \"no\"}}", expect(201, 403, 201, 201, 403, 403, 403, 404)));
        rows.add(new Row("GET /api/authorities/{authority}/reports/qa", "GET",
                () -> base() + "/reports/qa?from=2024-01-01&to=2024-12-31", () -> null,
                expect(OK, 403, OK, 403, 403, 403, OK, 404)));
    }

    @TestFactory
    List<DynamicTest> every_endpoint_answers_each_caller_as_api_md_says() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : table()) {
            row.expected().forEach((caller, status) -> tests.add(dynamicTest(row.route() + " as " + caller, () -> {
                Api as = api.as(tokens.get(caller));
                String body = row.body().get();
                Api.Reply reply = row.files() != null ? as.upload(row.path().get(), row.files())
                        : as.send(row.method(), row.path().get(), body);
                assertThat(contract.answerProblems(row.route(), reply)).as(reply.toString()).isEmpty();
                if (body != null && caller.equals("admin-all")) {
                    assertThat(contract.requestProblems(row.route(), "application/json", body)).isEmpty();
                }
                if (status == OK) {
                    assertThat(reply.status()).as(reply.toString()).isBetween(200, 299);
                } else if (status < 300) {
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
                } else {
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
                    assertThat(reply.contentType()).startsWith("application/problem+json");
                }
            })));
        }
        return tests;
    }

    /** Open routes: no token needed, and none checked. */
    private static final Set<String> OPEN = Set.of("POST /api/login", "POST /api/logout");

    @Test
    void every_api_route_is_in_the_table_and_names_its_action() {
        Set<String> routes = ApiContract.apiRoutes(router);
        Set<String> tabled = table().stream().map(Row::route).collect(Collectors.toSet());
        tabled.addAll(OPEN);

        assertThat(routes).as("routes with no row in AccessTest's table").isSubsetOf(tabled);
        List<String> unprotected = router.uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toString().startsWith("/api/authorities"))
                .filter(r -> !r.getTargetMethod().hasAnnotation(Permits.class))
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate()).toList();
        assertThat(unprotected).as("routes under an authority without @Permits").isEmpty();
        assertThat(routes).contains("GET /api/authorities/{authority}/children/{childId}");
    }

}
