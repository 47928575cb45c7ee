package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openiro.app.support.Api;
import org.openiro.app.support.FailingRoute;
import org.openiro.app.support.TestAuthorities;

/**
 * Ids and codes have their length and alphabet checked wherever they come in, and no answer carries the service's
 * insides (issue 19, item 2).
 */
@MicronautTest(environments = "pg", transactional = false)
@Property(name = FailingRoute.ENABLED, value = "true")
class InputLimitsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String authority = TestAuthorities.fresh("limits");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authorityWithChildInCare(authority);
    }

    private String child() {
        return "/api/authorities/" + authority + "/children/C1";
    }

    private long auditEntries() {
        return ((Number) api.get("/api/authorities/" + authority + "/audit").at("totalItems")).longValue();
    }

    @Test
    void a_forty_character_social_worker_id_on_a_good_practice_note_is_a_400_naming_it() {
        long audit = auditEntries();

        Api.Reply reply = api.post(child() + "/good-practice", """
                {"on": "2024-01-10", "socialWorkerId": "%s", "text": "Good work"}""".formatted("s".repeat(40)));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("socialWorkerId");
        assertThat(reply.body()).doesNotContainIgnoringCase("insert").doesNotContainIgnoringCase("varchar");
        assertThat(auditEntries()).isEqualTo(audit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a long person id         | /alerts          | {"reasons": ["care-plan"], "stage": "informal", "description": "d", "raisedWith": {"id": "%s", "role": "social-worker"}} | raisedWith.id
            a stage with a quote     | /alerts          | {"reasons": ["care-plan"], "stage": "x' OR '1'='1", "description": "d"}                                                   | stage
            a long reason            | /alerts          | {"reasons": ["%s"], "stage": "informal", "description": "d"}                                                               | reasons[0]
            a long legal status      | /legal-statuses  | {"from": "2024-01-10", "legalStatus": "%s"}                                                                                | legalStatus
            a long IRO id            | /iro             | {"iroId": "%s", "from": "2024-01-10"}                                                                                      | iroId
            a long social worker id  | /social-worker   | {"id": "%s", "name": "Sam", "email": "sam@example.org"}                                                                    | id
            """)
    void an_id_or_code_outside_its_length_or_alphabet_is_a_400_naming_it(String why, String path, String body,
                                                                          String field) {
        String tooLong = "x".repeat(65);
        String method = path.equals("/iro") || path.equals("/social-worker") ? "PUT" : "POST";

        Api.Reply reply = api.send(method, child() + path, body.replace("%s", tooLong));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(field);
    }

    @Test
    void an_internal_failure_is_a_500_with_the_request_id_and_nothing_of_the_insides() {
        Api.Reply reply = api.sendWithHeader("GET", "/api/test-failure", "", "X-Request-Id", "trace-me-42");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.header("X-Request-Id")).isEqualTo("trace-me-42");
        assertThat((String) reply.at("detail")).contains("trace-me-42");
        assertThat(reply.body()).doesNotContain("INSERT", "VARCHAR", "good_practice", "Exception", "org.h2",
                "java.");
    }
}
