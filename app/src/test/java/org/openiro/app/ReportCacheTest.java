package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.ReportFixture;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;
import org.openiro.authority.AuthorityCode;
import org.openiro.persistence.reporting.ReportCache;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.ServiceReport;
import org.openiro.reporting.port.in.ServiceReportUseCase;
import org.openiro.reporting.port.out.ReviewCounts;
import org.openiro.shared.UnitOfWork;
import org.openiro.shared.port.out.Background;

/**
 * The report's counts kept between reports on PostgreSQL ({@link ReportCache}) are exact: after each kind of write
 * that changes a figure, the report served with the cache equals the report computed afresh (the cache emptied), and
 * a write that changes none of a kept count's families leaves it kept. A write committed while a report reads is not
 * served stale to the next, and two instances on one database stay exact.
 */
@MicronautTest(environments = "pg", transactional = false)
class ReportCacheTest {

    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
    private static final ReportPeriod HALF = new ReportPeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 9, 30));

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ServiceReportUseCase reports;
    @Inject
    ReportCache cache;
    @Inject
    ReviewCounts reviewCounts;
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Background background;

    private static final String PN1 = "{\"code\": \"PN1\", \"methods\": [\"attended-in-person\"]}";
    private static final String PN2 = "{\"code\": \"PN2\", \"methods\": [\"attended-in-person\", \"advocate\"]}";
    private static final String PN3 = "{\"code\": \"PN3\", \"methods\": [\"attended-in-person\", \"iro-observation\"]}";

    /** A review's body: held on the day, with the participation given. */
    private static String held(String on, String participation) {
        return "{\"meetingDates\": [\"" + on + "\"], \"participation\": " + participation + "}";
    }

    private Api api;
    private String authority;
    private AuthorityCode code;

    private void build(String name) {
        api = new Api(server.getURL(), json);
        authority = TestAuthorities.fresh(name);
        code = AuthorityCode.of(authority);
        ReportFixture.build(api, authority);
    }

    private String child(String id) {
        return "/api/authorities/" + authority + "/children/" + id;
    }

    /**
     * The report as served (with what is kept) after {@code write}, checked against the report computed afresh, for
     * both periods; answers whether the year's report changed with the write.
     */
    private boolean afterWrite(String what, Runnable write) {
        ServiceReport before = reports.report(code, YEAR);
        reports.report(code, HALF);
        write.run();
        ServiceReport kept = reports.report(code, YEAR);
        ServiceReport keptHalf = reports.report(code, HALF);
        cache.clear();
        ServiceReport fresh = reports.report(code, YEAR);
        ServiceReport freshHalf = reports.report(code, HALF);
        assertThat(kept).as(what).isEqualTo(fresh);
        assertThat(keptHalf).as(what + ", the half-year").isEqualTo(freshHalf);
        return !kept.equals(before);
    }

    /** The first day the authority's latest change of a family can touch, as the database's triggers recorded it. */
    private LocalDate lastRecorded(String family) {
        try (Connection c = DriverManager.getConnection(TestServices.POSTGRES_URL, "postgres", "");
             PreparedStatement s = c.prepareStatement("SELECT on_day FROM report_change"
                     + " WHERE authority = ? AND family = ? ORDER BY xid DESC LIMIT 1")) {
            s.setString(1, authority);
            s.setString(2, family);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a %s change recorded", family).isTrue();
                return rs.getObject(1, LocalDate.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
    }

    @Test
    void every_write_that_changes_a_figure_is_seen_by_the_next_report() {
        build("kept");
        // Kept at all: the second of two reports with nothing written between is served from what the first kept.
        reports.report(code, YEAR);
        long hits = cache.hits();
        ServiceReport again = reports.report(code, YEAR);
        assertThat(cache.hits()).isGreaterThan(hits);
        cache.clear();
        assertThat(reports.report(code, YEAR)).isEqualTo(again);

        assertThat(afterWrite("a review recorded in the year", () -> created(api.post(child("C1") + "/reviews",
                held("2025-03-10", PN2))))).isTrue();

        // A review after the year: the year's reviews held are kept; up to date is not, as it is C5's first review
        // since the day: the days it can touch begin at the child's review before it (20 March 2025).
        long before = cache.hits();
        afterWrite("a review recorded after the year", () -> created(api.post(child("C5") + "/reviews",
                held("2025-06-10", PN1))));
        assertThat(lastRecorded("review-after")).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(cache.hits()).as("counts kept through a later review").isGreaterThan(before);

        // Later still, a review of a child with one held since the year's end: up to date on the year's last days reads
        // that one, and the child's next review due is read only after it, so nothing is computed again (V86).
        reports.report(code, YEAR);
        created(api.post(child("C5") + "/reviews", held("2025-09-10", PN1)));
        assertThat(lastRecorded("review-after")).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(lastRecorded("due")).isEqualTo(LocalDate.of(2025, 9, 10));
        long computed = cache.misses();
        ServiceReport kept = reports.report(code, YEAR);
        assertThat(cache.misses()).as("counts computed again after a review later than one since the year")
                .isEqualTo(computed);
        cache.clear();
        assertThat(kept).isEqualTo(reports.report(code, YEAR));

        Api.Reply held = api.post(child("C6") + "/reviews",
                held("2025-02-20", PN1));
        created(held);
        String reviewId = (String) held.at("id");
        assertThat(afterWrite("a review amended", () -> created(api.send("PATCH", child("C6") + "/reviews/" + reviewId,
                "{\"letterSentOn\": \"2025-02-25\", \"participation\": " + PN3 + "}")))).isTrue();

        assertThat(afterWrite("a period of care ended (the history changed)", () -> created(api.post(
                child("C6") + "/episodes/current/end", "{\"endDate\": \"2025-01-10\", \"reason\": \"E13\"}"))))
                .isTrue();
        assertThat(afterWrite("a legal status changed", () -> created(api.post(child("C2") + "/legal-statuses",
                "{\"from\": \"2024-12-03\", \"legalStatus\": \"C2\"}")))).isTrue();
        assertThat(afterWrite("a placement changed", () -> created(api.post(child("C2") + "/placements",
                "{\"startDate\": \"2024-12-02\", \"type\": \"H5\", \"over20Miles\": false, \"planned\": true}"))))
                .isTrue();
        assertThat(afterWrite("a child's details changed", () -> created(api.put(child("C2"), """
                {"dateOfBirth": "2010-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": false,
                 "disability": false}""")))).isTrue();
        assertThat(afterWrite("an alert raised and escalated", () -> {
            Api.Reply raised = api.post(child("C1") + "/alerts", """
                    {"raisedOn": "2024-12-01", "reasons": ["wishes-contradict-plan"], "stage": "informal",
                     "raisedWith": {"id": "p-1", "name": "Pat", "role": "team-manager"}, "description": "Drift"}""");
            created(raised);
            created(api.post("/api/authorities/" + authority + "/alerts/" + raised.at("id") + "/escalations", """
                    {"stage": "stage-1", "on": "2024-12-20", "reason": "No answer",
                     "raisedWith": {"id": "p-1", "name": "Pat", "role": "team-manager"}}"""));
        })).isTrue();
        assertThat(afterWrite("an IRO allocated", () -> created(api.put(child("C2") + "/iro",
                "{\"iroId\": \"iro-2\", \"from\": \"2024-06-01\"}")))).isTrue();
        afterWrite("a midway review", () -> created(api.post(child("C5") + "/midway-reviews",
                "{\"date\": \"2024-09-10\", \"withChild\": true, \"driftIdentified\": false, \"notes\": \"Fine\"}")));
        afterWrite("an advocacy referral", () -> created(api.post(child("C3") + "/advocacy-referrals",
                "{\"on\": \"2024-12-15\", \"provider\": \"voices\"}")));
        assertThat(afterWrite("a policy change measuring the due dates again", () -> {
            Api.Reply got = api.get("/api/authorities/" + authority);
            assertThat(got.status()).isEqualTo(200);
            created(api.put("/api/authorities/" + authority, "{\"name\": \"Test Borough " + authority + "\", "
                    + "\"childPopulation\": 7800, "
                    + "\"policy\": {\"preset\": \"statutory\", \"caseloadBand\": {\"min\": 0, \"max\": 1},"
                    + " \"pathwayPlanReviews\": \"all-18-21\", \"laterReviewMonths\": 4,"
                    + " \"advocacyProviders\": [{\"id\": \"voices\", \"name\": \"Voices\"},"
                    + " {\"id\": \"speak-up\", \"name\": \"Speak Up\"}]}}"));
        })).isTrue();
    }

    @Test
    void a_write_committed_while_a_report_reads_is_not_served_stale() {
        build("during");
        ServiceReport before = reports.report(code, YEAR);
        // A report's read that computes (and keeps) the reviews held, on its snapshot; a review of the year is
        // committed after the snapshot was taken and before the read ends.
        cache.clear();
        ReportPeriod previous = YEAR.previous();
        unitOfWork.readTogether(background, "report-cache-test", () -> reviewCounts.held(code, YEAR, previous), () -> {
            Object held = reviewCounts.held(code, YEAR, previous);
            created(api.post(child("C1") + "/reviews",
                    held("2025-03-12", PN1)));
            return held;
        });
        ServiceReport next = reports.report(code, YEAR);
        cache.clear();
        ServiceReport fresh = reports.report(code, YEAR);
        assertThat(next).isEqualTo(fresh);
        assertThat(next).isNotEqualTo(before);
    }

    @Test
    void two_instances_on_one_database_stay_exact() {
        String database = TestServices.freshDatabase("report_cache");
        Map<String, Object> config = new HashMap<>(TestServices.postgres(database));
        config.put("kafka.bootstrap.servers", TestServices.KAFKA);
        String name = TestAuthorities.fresh("two");
        AuthorityCode two = AuthorityCode.of(name);
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, config, "test");
             EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, config, "test")) {
            Api one = new Api(first.getURL(), first.getApplicationContext().getBean(JsonMapper.class));
            Api other = new Api(second.getURL(), second.getApplicationContext().getBean(JsonMapper.class));
            ReportFixture.build(one, name);
            Supplier<ServiceReport> onFirst =
                    () -> first.getApplicationContext().getBean(ServiceReportUseCase.class).report(two, YEAR);
            Supplier<ServiceReport> onSecond =
                    () -> second.getApplicationContext().getBean(ServiceReportUseCase.class).report(two, YEAR);
            ServiceReport before = onFirst.get();
            assertThat(onSecond.get()).isEqualTo(before);

            created(other.post("/api/authorities/" + name + "/children/C1/reviews",
                    held("2025-03-10", PN2)));
            ServiceReport keptOnFirst = onFirst.get();
            ReportCache firstCache = first.getApplicationContext().getBean(ReportCache.class);
            firstCache.clear();
            assertThat(keptOnFirst).isEqualTo(onFirst.get()).isNotEqualTo(before);
            assertThat(onSecond.get()).isEqualTo(keptOnFirst);
        }
    }
}
