package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.events.OutboxEvent;
import org.openiro.events.port.out.OutboxStore;
import org.openiro.shared.UnitOfWork;

/**
 * The embedded default: the same Flyway migrations and the same queries on H2 in PostgreSQL mode, with the demo
 * authority loaded and no broker, as {@code ./iro run} starts it.
 */
class EmbeddedDatabaseTest {

    private static EmbeddedServer server;
    private static Api api;

    @BeforeAll
    static void start() {
        // As ./iro run starts it: the database is the embedded default's own (here in memory, not under ./data).
        String url = "jdbc:h2:mem:embedded;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url", url,
                "iro.embedded.database-url", url, "iro.demo.enabled", true, "iro.demo.children", DEMO_CHILDREN), "test");
        api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
        // The demo loads in the background, through the API, once the server is up.
        try {
            server.getApplicationContext().getBean(DemoData.class).loaded().get(180, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the demo did not load", e);
        }
    }

    private static final int DEMO_CHILDREN = 30;

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_thin_slice_runs_on_h2() {
        assertThat(api.authority("h2").status()).isEqualTo(201);
        assertThat(api.child("h2", "C1", "2015-06-01").status()).isEqualTo(201);
        assertThat(api.episode("h2", "C1", "2023-04-28").status()).isEqualTo(201);
        assertThat(api.episode("h2", "C1", "2023-05-28").status()).isEqualTo(409);

        Api.Reply child = api.get("/api/authorities/h2/children/C1");

        assertThat(child.at("nextReview.dueDate")).isEqualTo("2023-05-31");
        assertThat(api.get("/api/authorities/h2/events").at("items.0.data.dueDate")).isEqualTo("2023-05-31");
    }

    @Test
    void the_demo_authority_is_loaded_and_its_events_wait_in_the_outbox() {
        Api.Reply demo = api.get("/api/authorities/demo");
        assertThat(demo.status()).isEqualTo(200);
        assertThat(demo.at("policy.preset")).isEqualTo("statutory");

        Api.Reply events = api.get("/api/authorities/demo/events");
        assertThat(((Number) events.at("totalItems")).intValue()).as("reviews, alerts and notifications of "
                + DEMO_CHILDREN + " children over three years").isGreaterThan(DEMO_CHILDREN * 5);
        assertThat(events.at("items.0.publishedAt")).isNull();
        assertThat(api.get("/health").at("details.kafka")).as("no broker is configured").isNull();
    }

    @Test
    void the_demo_authoritys_service_report_is_counted_on_h2() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        Api.Reply report = api.get("/api/authorities/demo/reports/iro-service?from=" + today.minusYears(1)
                + "&to=" + today.minusDays(1));

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.at("sections.0.id")).isEqualTo("children-looked-after");
        assertThat(report.at("sections.1.id")).isEqualTo("reviews");
        assertThat(report.at("sections.1.figures.2.id")).isEqualTo("up-to-date-at-end");
        assertThat(((Number) report.at("sections.1.figures.2.denominator")).intValue())
                .as("demo children looked after at the end").isGreaterThan(DEMO_CHILDREN / 3);
        assertThat(((Number) report.at("sections.1.figures.0.value")).intValue()).as("reviews held in the year")
                .isGreaterThan(DEMO_CHILDREN);
    }

    @Test
    void the_demo_users_sign_in_with_their_usernames_as_passwords() {
        for (String user : List.of("admin", "manager", "iro", "social-worker", "viewer")) {
            Api.Reply login = api.as(null).post("/api/login",
                    "{\"username\": \"" + user + "\", \"password\": \"" + user + "\"}");
            assertThat(login.status()).as(user).isEqualTo(200);
        }
        String manager = (String) api.as(null).post("/api/login",
                "{\"username\": \"manager\", \"password\": \"manager\"}").at("access_token");
        assertThat(api.as(manager).get("/api/authorities/demo/children/D000001").status()).isEqualTo(200);
        assertThat(api.as(manager).get("/api/authorities/h2").status()).as("the demo manager is demo's only")
                .isEqualTo(404);
    }

    @Test
    void the_embedded_default_listens_on_this_machine_only_and_its_cookie_works_over_plain_http() throws Exception {
        java.util.Optional<java.net.InetAddress> network = java.util.Collections.list(
                        java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> { try { return i.isUp() && !i.isLoopback(); } catch (java.net.SocketException e) { return false; } })
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(network.isPresent(), "this machine has a network address");

        try (java.net.Socket socket = new java.net.Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(
                    new java.net.InetSocketAddress(network.get(), server.getPort()), 2_000))
                    .as("from " + network.get()).isInstanceOf(java.io.IOException.class);
        }
        Api.Reply login = api.as(null).post("/api/login", "{\"username\": \"viewer\", \"password\": \"viewer\"}");
        assertThat(login.header("Set-Cookie")).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void the_relay_can_claim_and_mark_on_h2() {
        api.authority("h2claim");
        api.child("h2claim", "C1", "2015-06-01");
        api.episode("h2claim", "C1", "2024-01-02");
        OutboxStore store = server.getApplicationContext().getBean(OutboxStore.class);
        UnitOfWork unitOfWork = server.getApplicationContext().getBean(UnitOfWork.class);

        List<OutboxEvent> claimed = unitOfWork.inTransaction(() -> store.claimUnpublished(500));
        int marked = unitOfWork.inTransaction(
                () -> store.markPublished(claimed.stream().map(OutboxEvent::sequence).toList(), Instant.now()));

        assertThat(claimed).isNotEmpty();
        assertThat(marked).isEqualTo(claimed.size());
        assertThat(unitOfWork.inTransaction(() -> store.claimUnpublished(500))).as("what was marked is not claimed again")
                .extracting(OutboxEvent::sequence)
                .doesNotContainAnyElementsOf(claimed.stream().map(OutboxEvent::sequence).toList());
    }

    @Test
    void an_ssda903_return_loads_on_h2_and_loads_again_unchanged() {
        api.authority("h2import");
        java.util.Map<String, String> files = java.util.Map.of(
                "header", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,1,15/03/2015,WBRI,,,\n2002,2,01/06/2021,MWBC,,,\n",
                "episodes", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
                        + "1001,28/04/2023,S,C2,N1,U4,PR1,01/09/2023,X1,,,,\n1001,01/09/2023,P,C2,N1,R1,PR2,,,CHILD,,,\n"
                        + "2002,01/05/2023,S,V2,N1,U6,PR1,,,,,,\n",
                "reviews", "CHILD,DOB,REVIEW,REVIEW_CODE\n1001,15/03/2015,25/05/2023,PN1\n2002,01/06/2021,26/05/2023,PN0\n");

        Api.Reply first = api.upload("/api/authorities/h2import/imports/ssda903", files);
        Api.Reply again = api.upload("/api/authorities/h2import/imports/ssda903", files);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.at("placements.created")).isEqualTo(3);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.at("children.unchanged")).isEqualTo(2);
        assertThat(again.at("reviews.unchanged")).isEqualTo(2);
        assertThat(api.get("/api/authorities/h2import/children/1001").at("placement.type")).isEqualTo("R1");
    }

    /** Quality assurance's own SQL, on H2: the demo's QA forms counted, and an audit drawn from a filtered cohort. */
    @Test
    void the_demo_authoritys_qa_report_and_an_audit_are_counted_on_h2() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        Api.Reply report = api.get("/api/authorities/demo/reports/qa?from=" + today.minusYears(1) + "&to="
                + today.minusDays(1));
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.at("sections.0.figures.1.id")).isEqualTo("forms-completed");
        assertThat(((Number) report.at("sections.0.figures.1.value")).intValue()).as("the demo's QA forms")
                .isGreaterThan(DEMO_CHILDREN / 2);

        Api.Reply audit = api.post("/api/authorities/demo/audits", """
                {"title": "Teenagers", "cohort": {"ageFrom": 10, "legalStatuses": ["C1", "C2", "V2", "E1"]},
                 "sampleSize": 3, "seed": 1, "auditors": ["iro-1"]}""");
        assertThat(audit.status()).as(audit.toString()).isEqualTo(201);
        assertThat(((Number) audit.at("cohortSize")).intValue()).isGreaterThan(0);
    }

    @Test
    void a_social_workers_home_and_the_alerts_overdue_first_are_read_on_h2() {
        String a = "h2sw";
        assertThat(api.authority(a).status()).isEqualTo(201);
        assertThat(api.child(a, "C1", "2015-06-01").status()).isEqualTo(201);
        assertThat(api.episode(a, "C1", "2023-04-28").status()).isEqualTo(201);
        assertThat(api.put("/api/authorities/" + a + "/children/C1/social-worker", """
                {"id": "sw-1", "name": "Sam Worker", "email": "sam@example.org"}""").status()).isLessThan(300);
        Api.Reply raised = api.post("/api/authorities/" + a + "/children/C1/alerts", """
                {"raisedOn": "2024-03-01", "reasons": ["report-late"], "stage": "informal", "description": "Late"}""");
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        org.openiro.authority.AuthorityCode code = org.openiro.authority.AuthorityCode.of(a);
        var alerts = server.getApplicationContext().getBean(org.openiro.escalation.port.in.ViewAlertsUseCase.class);
        var children = server.getApplicationContext().getBean(org.openiro.care.port.in.ListChildrenUseCase.class);

        assertThat(alerts.awaitingResponseFrom(code, "sw-1")).extracting(v -> v.alert().id())
                .containsExactly((String) raised.at("id"));
        assertThat(alerts.awaitingResponseFrom(code, "sw-2")).isEmpty();
        assertThat(alerts.alertsOverdueFirst(code, new org.openiro.escalation.AlertFilter(null, null, null), true,
                new org.openiro.shared.Page.Request(0, 10)).totalItems()).isEqualTo(1);
        assertThat(children.allocatedToSocialWorker(code, "sw-1", new org.openiro.shared.Page.Request(0, 10)).items())
                .extracting(c -> c.id().value()).containsExactly("C1");
    }

    @Test
    void the_children_are_searched_by_part_of_a_name_on_h2() {
        String a = "h2names";
        assertThat(api.authority(a).status()).isEqualTo(201);
        assertThat(api.child(a, "C1", "2015-06-01").status()).isEqualTo(201);
        assertThat(api.put("/api/authorities/" + a + "/children/C2", """
                {"dateOfBirth": "2014-05-06", "gender": "male", "ethnicity": "WBRI", "uasc": false, "disability": false,
                 "name": "Zoë O'Brien_Smith"}""").status()).isEqualTo(201);
        String list = "/api/authorities/" + a + "/children";
        var children = server.getApplicationContext().getBean(org.openiro.care.port.in.ListChildrenUseCase.class);
        org.openiro.authority.AuthorityCode code = org.openiro.authority.AuthorityCode.of(a);

        Api.Reply zoe = api.get(list + "?name="
                + java.net.URLEncoder.encode("o'BRIEN_", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(zoe.at("totalItems")).as(zoe.toString()).isEqualTo(1);
        assertThat(zoe.at("items.0.name")).isEqualTo("Zoë O'Brien_Smith");
        assertThat(api.get(list + "?name=amy").at("items.0.id")).isEqualTo("C1");
        assertThat(api.get(list + "?name=%25").at("totalItems")).as("a wildcard is a letter").isEqualTo(0);
        assertThat(api.get(list + "?name=Amy_Example").at("totalItems")).isEqualTo(0);
        assertThat(children.withId(code, "C2")).contains(org.openiro.children.ChildId.of("C2"));
        assertThat(children.withId(code, "C3")).isEmpty();
    }
}
