package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;

/**
 * An authority sends an amended return (issue 22): the first {@code DECOM} of a child moved from 31 December to
 * 15 December 2023. The period of care on record is amended, on PostgreSQL and on the embedded H2 alike, never doubled
 * (two open periods for one child) nor refused with a database error.
 */
class Ssda903AmendedReturnTest {

    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
            + "1001,1,15/03/2015,WBRI,,,\n";
    static final String EPISODES_HEAD = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN\n";
    /** The child's first time in care, in an earlier return only; then care from 31 December 2023. */
    static final String EARLIER_PERIOD = "1001,01/02/2020,S,V2,N1,U4,PR1,01/06/2020,E13,,,,\n";
    static final String EPISODES = EPISODES_HEAD + EARLIER_PERIOD
            + "1001,31/12/2023,S,C2,N1,U4,PR1,,,,,,\n";
    /** This year's return, amended: care began on 15 December, and the child moved on 31 December. */
    static final String AMENDED = EPISODES_HEAD
            + "1001,15/12/2023,S,C2,N1,U4,PR1,31/12/2023,X1,,,,\n"
            + "1001,31/12/2023,P,C2,N1,U6,PR1,,,CHILD,,,\n";
    static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE\n";

    private static Map<String, Object> database(String which) {
        return which.equals("h2")
                ? Map.of("datasources.default.url", "jdbc:h2:mem:amend-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "datasources.default.username", "sa")
                : TestServices.postgres(TestServices.POSTGRES_URL);
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"postgresql", "h2"})
    void an_amended_return_amends_the_period_it_overlaps_and_leaves_the_others(String which) {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, new HashMap<>(database(which)),
                "test")) {
            Api api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
            String authority = TestAuthorities.fresh("amend");
            api.authority(authority);
            assertThat(upload(api, authority, EPISODES).status()).isEqualTo(200);

            Api.Reply amended = upload(api, authority, AMENDED);

            assertThat(amended.status()).as(amended.body()).isEqualTo(200);
            assertThat(amended.at("periods.changed")).as("the period on record was amended").isEqualTo(1);
            assertThat(amended.at("periods.created")).isEqualTo(0);
            Api.Reply child = api.get("/api/authorities/" + authority + "/children/1001");
            assertThat(child.at("episodes.0.startDate")).as("the earlier period, not in the files, stays")
                    .isEqualTo("2020-02-01");
            assertThat(child.at("episodes.1.startDate")).isEqualTo("2023-12-15");
            assertThat(child.at("episodes.1.endDate")).as("still in care").isNull();
            assertThat((List<?>) child.at("episodes")).as("one period of care this year, not two").hasSize(2);
            assertThat(((List<?>) child.at("episodes.1.placements"))).as("the placements the files give").hasSize(2);
            assertThat(child.at("episodes.1.placements.0.startDate")).isEqualTo("2023-12-15");
            assertThat(child.at("placement.type")).isEqualTo("U6");
            assertThat(child.at("nextReview.dueDate")).as("20 working days after 15 December, past Christmas")
                    .isEqualTo("2024-01-17");
            assertThat(upload(api, authority, AMENDED).at("periods.unchanged")).as("the same files again change nothing")
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"postgresql", "h2"})
    void a_rule_of_the_database_the_import_did_not_foresee_is_a_conflict_naming_the_child(String which)
            throws Exception {
        Map<String, Object> config = new HashMap<>(database(which));
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, config, "test")) {
            Api api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
            String authority = TestAuthorities.fresh("amend");
            api.authority(authority);
            assertThat(upload(api, authority, EPISODES).status()).isEqualTo(200);
            // A rule the import knows nothing of, for this authority alone: no period of care may start on 15 December.
            String constraint = "test_" + authority.replace('-', '_');
            execute(config, "ALTER TABLE period_of_care ADD CONSTRAINT " + constraint + " CHECK (authority <> '"
                    + authority + "' OR start_date <> DATE '2023-12-15')");
            try {
                Api.Reply refused = upload(api, authority, AMENDED);

                assertThat(refused.status()).as(refused.body()).isEqualTo(409);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat((String) refused.at("detail")).contains("Child 1001").doesNotContainIgnoringCase("insert")
                        .doesNotContainIgnoringCase(constraint);
                assertThat(api.get("/api/authorities/" + authority + "/children/1001").at("episodes.1.startDate"))
                        .as("nothing was imported").isEqualTo("2023-12-31");
            } finally {
                execute(config, "ALTER TABLE period_of_care DROP CONSTRAINT " + constraint);
            }
        }
    }

    private static Api.Reply upload(Api api, String authority, String episodes) {
        return api.upload("/api/authorities/" + authority + "/imports/ssda903",
                Map.of("header", HEADER, "episodes", episodes, "reviews", REVIEWS));
    }

    private static void execute(Map<String, Object> config, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection((String) config.get("datasources.default.url"),
                (String) config.get("datasources.default.username"), "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
