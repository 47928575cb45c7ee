package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.ReportFixture;
import org.openiro.app.support.TestAuthorities;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.reporting.IroServiceReport;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.ServiceReport;
import org.openiro.reporting.port.in.ServiceReportUseCase;
import org.openiro.reporting.port.out.ChildrenCounts;
import org.openiro.reporting.port.out.DisputeCounts;
import org.openiro.reporting.port.out.ParticipationCounts;
import org.openiro.reporting.port.out.ReviewCounts;
import org.openiro.reporting.port.out.WorkforceCounts;
import org.openiro.shared.UnitOfWork;
import org.openiro.shared.port.out.Background;
import org.openiro.workforce.port.out.WorkforceRepository;

/**
 * The same report over the same data is the same on the embedded H2 and on PostgreSQL: the queries are written once
 * for both, and this is where a dialect difference (dates, grouping, NULLs, rounding) would show. On PostgreSQL the
 * report's two halves, read at once on two connections sharing one snapshot, give what one transaction gives.
 */
@MicronautTest(environments = "pg", transactional = false)
class ServiceReportAcrossDatabasesTest {

    private static EmbeddedServer h2;

    @Inject
    EmbeddedServer postgres;
    @Inject
    JsonMapper json;

    @BeforeAll
    static void startH2() {
        h2 = ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url",
                "jdbc:h2:mem:reports;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "iro.demo.enabled", false), "test");
    }

    @AfterAll
    static void stopH2() {
        h2.close();
    }

    @Test
    void the_json_is_identical_on_h2_and_postgresql() {
        String authority = TestAuthorities.fresh("both");
        Api onPostgres = new Api(postgres.getURL(), json);
        Api onH2 = new Api(h2.getURL(), h2.getApplicationContext().getBean(JsonMapper.class));
        ReportFixture.build(onPostgres, authority);
        ReportFixture.build(onH2, authority);

        for (String period : new String[] {"from=2024-04-01&to=2025-03-31", "from=2024-08-01&to=2024-08-14",
                "from=2023-04-01&to=2023-09-30"}) {
            String path = "/api/authorities/" + authority + "/reports/iro-service?" + period;
            Api.Reply fromPostgres = onPostgres.get(path);
            Api.Reply fromH2 = onH2.get(path);
            assertThat(fromPostgres.status()).as(fromPostgres.toString()).isEqualTo(200);
            assertThat(fromH2.map()).as(period).isEqualTo(fromPostgres.map());
            assertThat(fromH2.body()).as(period + ", byte for byte").isEqualTo(fromPostgres.body());
        }
    }

    @Test
    void the_two_halves_on_one_snapshot_give_what_one_connection_gives() {
        String authority = TestAuthorities.fresh("halves");
        ReportFixture.build(new Api(postgres.getURL(), json), authority);
        ApplicationContext beans = postgres.getApplicationContext();
        UnitOfWork unitOfWork = beans.getBean(UnitOfWork.class);
        // The same report with no second thread, inside one transaction: every statement on one connection.
        IroServiceReport oneConnection = new IroServiceReport(beans.getBean(AuthorityRepository.class),
                beans.getBean(ChildrenCounts.class), beans.getBean(ReviewCounts.class),
                beans.getBean(ParticipationCounts.class), beans.getBean(DisputeCounts.class),
                beans.getBean(WorkforceRepository.class), beans.getBean(WorkforceCounts.class),
                beans.getBean(WorkingDayCalendar.class), unitOfWork, Background.IN_TURN);
        ServiceReportUseCase service = beans.getBean(ServiceReportUseCase.class);

        for (ReportPeriod period : new ReportPeriod[] {
                new ReportPeriod(java.time.LocalDate.of(2024, 4, 1), java.time.LocalDate.of(2025, 3, 31)),
                new ReportPeriod(java.time.LocalDate.of(2023, 4, 1), java.time.LocalDate.of(2023, 9, 30))}) {
            AuthorityCode code = AuthorityCode.of(authority);
            ServiceReport split = service.report(code, period);
            ServiceReport single = unitOfWork.inTransaction(() -> oneConnection.report(code, period));
            assertThat(split.sections()).as(period.toString()).isNotEmpty();
            assertThat(split).as(period.toString()).isEqualTo(single);
        }
    }
}
