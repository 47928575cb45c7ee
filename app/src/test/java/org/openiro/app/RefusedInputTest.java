package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.Tokens;

/**
 * Input that answered 500 in the hostile-input run, or was taken when it should not be (issue 22, item 4): each a 4xx
 * naming what is wrong, and nothing written.
 */
@MicronautTest(environments = "pg", transactional = false)
class RefusedInputTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String authority = TestAuthorities.fresh("refused");

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a booking on 9999-12-31  | POST | /reviews/bookings | {"date": "9999-12-31"}                                                        | date
            a review in 1970         | POST | /reviews          | {"meetingDates": ["2024-01-10", "1970-01-01"]}                                | meetingDates[1]
            an alert raised in 1970  | POST | /alerts           | {"raisedOn": "1970-01-01", "reasons": ["care-plan"], "stage": "informal", "description": "d"} | raisedOn
            a birth in the year 0    | PUT  |                   | {"dateOfBirth": "0000-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": false, "disability": false} | dateOfBirth
            a birth in 1982          | PUT  |                   | {"dateOfBirth": "1982-12-31", "gender": "male", "ethnicity": "WBRI", "uasc": false, "disability": false} | dateOfBirth
            """)
    void a_date_outside_the_calendar_is_a_400_naming_the_field_and_nothing_is_written(String why, String method,
                                                                                       String path, String body,
                                                                                       String field) {
        long audit = auditEntries();

        Api.Reply reply = api.send(method, child() + path, body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(field);
        assertThat(auditEntries()).isEqualTo(audit);
        assertThat(api.get("/api/authorities/" + authority + "/iros/iro-1/worklist").status()).isIn(200, 404);
    }

    @Test
    void a_birth_in_the_1980s_may_come_with_a_history_and_a_query_date_outside_the_calendar_is_refused() {
        Api.Reply born = api.child(authority, "C2", "1984-06-01");
        Api.Reply worklist = api.get("/api/authorities/" + authority + "/worklist?until=9999-12-31");
        Api.Reply report = api.get("/api/authorities/" + authority + "/reports/iro-service?from=1970-01-01&to=2024-01-01");

        assertThat(born.status()).as(born.toString()).isEqualTo(201);
        assertThat(worklist.status()).isEqualTo(400);
        assertThat(worklist.errorFields()).containsExactly("until");
        assertThat(report.status()).isEqualTo(400);
        assertThat(report.errorFields()).containsExactly("from");
    }

    @Test
    void a_nul_character_in_text_an_id_a_query_or_a_sign_in_is_a_400_naming_it() {
        long audit = auditEntries();

        Api.Reply name = api.put("/api/authorities/" + authority + "/children/C3", """
                {"dateOfBirth": "2014-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": false, "disability": false,
                 "name": "Amy\\u0000"}""");
        Api.Reply query = api.get("/api/authorities/" + authority + "/worklist?team=CiC%001");
        Api.Reply path = api.get("/api/authorities/" + authority + "/children/C1%00");
        Api.Reply login = api.as(null).post("/api/login", "{\"username\": \"admin\\u0000\", \"password\": \"admin\"}");

        assertThat(name.status()).isEqualTo(400);
        assertThat(name.errorFields()).containsExactly("name");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.errorFields()).containsExactly("team");
        assertThat(path.status()).isEqualTo(400);
        assertThat(login.status()).as(login.toString()).isEqualTo(400);
        assertThat(login.errorFields()).containsExactly("username");
        assertThat(login.header("Set-Cookie")).isNull();
        assertThat(auditEntries()).isEqualTo(audit);
    }

    @Test
    void json_with_anything_after_it_is_refused() {
        String body = """
                {"dateOfBirth": "2014-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": false, "disability": false}""";

        Api.Reply garbage = api.put("/api/authorities/" + authority + "/children/C4", body + " trailing garbage");
        Api.Reply twice = api.put("/api/authorities/" + authority + "/children/C4", body + body);
        Api.Reply patch = api.sendWithHeader("PATCH", child() + "/reviews/none", "{\"attended\": true} x",
                "X-Request-Id", "patch-with-garbage");

        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.errorFields()).containsExactly("body");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.errorFields()).containsExactly("body");
        assertThat(patch.status()).isIn(400, 404);
        assertThat(api.get("/api/authorities/" + authority + "/children/C4").status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PUT, /children/C5", "POST, /login", "POST, /children/C1/reviews"})
    void a_broken_gzip_body_is_a_400(String method, String path) throws Exception {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write("{\"dateOfBirth\": \"2014-01-01\", \"gender\": \"male\", \"ethnicity\": \"WBRI\", \"uasc\": false, \"disability\": false}"
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] broken = gzipped.toByteArray();
        for (int i = 12; i < broken.length - 8; i++) {
            broken[i] = (byte) 0xFF;
        }
        String uri = path.equals("/login") ? "/api/login" : "/api/authorities/" + authority + path;

        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURL() + uri))
                .header("Authorization", "Bearer " + Tokens.superuser()).header("Content-Type",
                        method.equals("PATCH") ? "application/merge-patch+json" : "application/json")
                .header("Content-Encoding", "gzip").timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(broken)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(400);
        assertThat(api.get("/api/authorities/" + authority + "/children/C5").status()).isEqualTo(404);
    }

    @Test
    void a_token_not_valid_yet_is_a_401() {
        Instant now = Instant.now();
        String early = Tokens.mintClaims(new JWTClaimsSet.Builder().subject("early").issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.plusSeconds(3600))).expirationTime(Date.from(now.plusSeconds(7200)))
                .claim("roles", List.of("admin")).claim("authorities", List.of(authority)).build());
        String valid = Tokens.mintClaims(new JWTClaimsSet.Builder().subject("early").issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(60))).expirationTime(Date.from(now.plusSeconds(7200)))
                .claim("roles", List.of("admin")).claim("authorities", List.of(authority)).build());

        assertThat(api.as(early).get("/api/authorities/" + authority).status()).isEqualTo(401);
        assertThat(api.as(valid).get("/api/authorities/" + authority).status()).isEqualTo(200);
    }

    @Test
    void a_request_that_declares_a_body_and_stalls_is_cut_off_with_408_within_30_seconds() throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(40_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/authorities/" + authority + "/children/C6 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Tokens.superuser() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 500\r\n\r\n{\"dateOfBirth\": ").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();

            String answer = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
            assertThat(answer).startsWith("HTTP/1.1 408");
        }
        assertThat(api.get("/api/authorities/" + authority + "/children/C6").status()).isEqualTo(404);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            read.write(buffer, 0, n);
        }
        return read.toByteArray();
    }

    @Test
    void an_upload_with_an_unclosed_quote_followed_by_megabytes_is_a_problem_naming_the_file_and_row() {
        String episodes = Ssda903ImportTest.EPISODES + "1002,\"28/04/2023,S,C2,N1,U4,PR1,,,,,,\n"
                + "1003,28/04/2023,S,C2,N1,U4,PR1,,,,,,\n".repeat(100_000);

        Api.Reply reply = api.upload("/api/authorities/" + authority + "/imports/ssda903",
                Map.of("header", Ssda903ImportTest.HEADER, "episodes", episodes, "reviews", Ssda903ImportTest.REVIEWS));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.body()).contains("\"file\":\"episodes.csv\",\"row\":4", "never closed");
        assertThat(api.get("/api/authorities/" + authority + "/children/1001").status()).isEqualTo(404);
    }
}
