package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;

/** Bad input gets a problem+json naming each field it is about, and changes nothing. */
@MicronautTest(environments = "pg", transactional = false)
class BadInputTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String authority = TestAuthorities.fresh("bad");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authority(authority);
    }

    private String children() {
        return "/api/authorities/" + authority + "/children/";
    }

    private static void assertProblem(Api.Reply reply, int status, String... fields) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.at("status")).isEqualTo(status);
        assertThat(reply.at("title")).isNotNull();
        assertThat(reply.at("detail")).isNotNull();
        if (fields.length > 0) {
            assertThat(reply.errorFields()).containsExactlyInAnyOrder(fields);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no date of birth        | {"gender": "male", "ethnicity": "WBRI", "uasc": false, "disability": false}                                  | dateOfBirth
            an impossible date      | {"dateOfBirth": "2023-02-30", "gender": "male", "ethnicity": "WBRI", "uasc": false, "disability": false}     | dateOfBirth
            a date in the future    | {"dateOfBirth": "2099-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": false, "disability": false}     | dateOfBirth
            an unknown gender       | {"dateOfBirth": "2015-01-01", "gender": "boy", "ethnicity": "WBRI", "uasc": false, "disability": false}      | gender
            an unknown ethnicity    | {"dateOfBirth": "2015-01-01", "gender": "male", "ethnicity": "XXXX", "uasc": false, "disability": false}     | ethnicity
            a string for a boolean  | {"dateOfBirth": "2015-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": "no", "disability": false}      | uasc
            a number for a string   | {"dateOfBirth": "2015-01-01", "gender": 1, "ethnicity": "WBRI", "uasc": false, "disability": false}          | gender
            a misspelt field        | {"dateOfBirth": "2015-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": false, "disabled": false}       | disabled
            not JSON at all         | {"dateOfBirth": "2015-01-01",                                                                                 | body
            """)
    void a_child_that_cannot_be_registered_is_refused_and_not_written(String why, String body, String field) {
        Api.Reply reply = api.put(children() + "C1", body);

        assertProblem(reply, 400, field);
        assertThat(api.get(children() + "C1").status()).isEqualTo(404);
    }

    @Test
    void every_missing_field_is_named_at_once() {
        Api.Reply reply = api.put(children() + "C1", "{}");

        assertProblem(reply, 400, "dateOfBirth", "gender", "ethnicity", "uasc", "disability");
    }

    @ParameterizedTest(name = "child id {0}")
    @CsvSource({"a%2Fb", "'a..b'", "this-id-is-far-too-long-for-any-case-system-at-all"})
    void an_id_outside_the_alphabet_or_length_is_refused(String id) {
        Api.Reply reply = api.child(authority, id, "2015-01-01");

        assertThat(reply.status()).as(reply.toString()).isIn(400, 404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (reply.status() == 400) {
            assertThat(reply.errorFields()).containsExactly("childId");
        }
    }

    @Test
    void an_id_of_200_characters_is_refused_naming_the_path_parameter() {
        Api.Reply reply = api.child(authority, "x".repeat(200), "2015-01-01");

        assertProblem(reply, 400, "childId");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown legal status        | {"startDate": "2024-01-05", "legalStatus": "Q9", "placement": {"type": "U1"}}                        | legalStatus
            an unknown placement type      | {"startDate": "2024-01-05", "legalStatus": "C1", "placement": {"type": "U9"}}                        | placement.type
            a type not valid that year     | {"startDate": "2025-06-05", "legalStatus": "C1", "placement": {"type": "H5"}}                        | placement.type
            no placement                   | {"startDate": "2024-01-05", "legalStatus": "C1"}                                                     | placement
            an impossible start date       | {"startDate": "2024-02-30", "legalStatus": "C1", "placement": {"type": "U1"}}                        | startDate
            a start before birth           | {"startDate": "2010-01-05", "legalStatus": "C1", "placement": {"type": "U1"}}                        | startDate
            a start in the future          | {"startDate": "2099-01-05", "legalStatus": "C1", "placement": {"type": "U1"}}                        | startDate
            a word for distance            | {"startDate": "2024-01-05", "legalStatus": "C1", "placement": {"type": "U1", "over20Miles": "far"}}  | placement.over20Miles
            a misspelt nested field        | {"startDate": "2024-01-05", "legalStatus": "C1", "placement": {"typ": "U1"}}                         | placement.typ
            """)
    void a_period_of_care_that_cannot_start_is_refused_and_nothing_is_written(String why, String body, String field) {
        api.child(authority, "C1", "2015-01-01");

        Api.Reply reply = api.post(children() + "C1/episodes", body);

        assertProblem(reply, 400, field);
        assertThat((List<?>) api.get(children() + "C1").at("episodes")).isEmpty();
        assertThat(api.get("/api/authorities/" + authority + "/events").at("totalItems")).isEqualTo(0);
    }

    @Test
    void a_second_period_of_care_while_one_is_open_is_a_conflict() {
        api.child(authority, "C1", "2015-01-01");
        assertThat(api.episode(authority, "C1", "2024-01-05").status()).isEqualTo(201);

        Api.Reply second = api.episode(authority, "C1", "2024-02-05");

        assertProblem(second, 409);
        assertThat((List<?>) api.get(children() + "C1").at("episodes")).hasSize(1);
        assertThat(api.get("/api/authorities/" + authority + "/events").at("totalItems")).isEqualTo(1);
    }

    @Test
    void an_unknown_child_or_authority_is_not_found() {
        assertProblem(api.episode(authority, "nobody", "2024-01-05"), 404);
        assertProblem(api.get(children() + "nobody"), 404);
        assertProblem(api.get("/api/authorities/" + TestAuthorities.fresh("none")), 404);
        assertProblem(api.child(TestAuthorities.fresh("none"), "C1", "2015-01-01"), 404);
    }

    @Test
    void an_unknown_policy_preset_or_field_value_is_refused_and_the_authority_not_created() {
        String code = TestAuthorities.fresh("policy");

        assertProblem(api.put("/api/authorities/" + code, "{\"name\": \"X\", \"policy\": {\"preset\": \"lenient\"}}"),
                400, "policy.preset");
        assertProblem(api.put("/api/authorities/" + code,
                "{\"name\": \"X\", \"policy\": {\"firstReviewWorkingDays\": 0}}"), 400, "policy.firstReviewWorkingDays");
        assertProblem(api.put("/api/authorities/" + code,
                "{\"name\": \"X\", \"policy\": {\"caseloadBand\": {\"min\": \"fifty\", \"max\": 70}}}"), 400,
                "policy.caseloadBand.min");
        assertThat(api.get("/api/authorities/" + code).status()).isEqualTo(404);
    }

    @Test
    void a_page_larger_than_500_is_refused() {
        assertProblem(api.get("/api/authorities/" + authority + "/events?size=501"), 400, "size");
        assertProblem(api.get("/api/authorities/" + authority + "/events?after=soon"), 400, "after");
    }
}
