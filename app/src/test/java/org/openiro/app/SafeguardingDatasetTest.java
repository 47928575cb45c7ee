package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;

/**
 * The Standard Safeguarding Dataset's ssd_cla_reviews: a row a review held in the period, a row a booking whose date
 * passed with nothing held for it, each in its period of care; bad dates refused naming the parameter.
 */
@MicronautTest(environments = "pg", transactional = false)
class SafeguardingDatasetTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private String base;

    private String book(String child, String date) {
        return (String) api.post(base + "/children/" + child + "/reviews/bookings", "{\"date\": \"" + date + "\"}")
                .at("id");
    }

    private Api.Reply hold(String child, String date, String bookingId, String code) {
        Api.Reply held = api.post(base + "/children/" + child + "/reviews", """
                {"meetingDates": ["%s"], %s "participation": {"code": "%s", "methods": %s}}""".formatted(date,
                bookingId == null ? "" : "\"bookingId\": \"" + bookingId + "\",", code,
                code.equals("PN1") ? "[\"attended-in-person\"]" : "[]"));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        return held;
    }

    @Test
    void a_row_per_review_held_and_per_booking_that_came_to_nothing_in_its_period_of_care() {
        api = new Api(server.getURL(), json);
        String authority = TestAuthorities.fresh("ssd");
        base = "/api/authorities/" + authority;
        api.authority(authority);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        api.child(authority, "S1", "2012-01-01");
        api.episode(authority, "S1", "2024-01-02");
        Api.Reply first = hold("S1", "2024-01-25", book("S1", "2024-01-25"), "PN1");
        String cancelled = book("S1", "2024-04-10");
        String moved = book("S1", "2024-05-01");
        assertThat(api.post(base + "/children/S1/reviews/bookings/" + moved + "/rearrangements",
                "{\"newDate\": \"2024-05-08\", \"reason\": \"iro-availability\"}").status()).isEqualTo(201);
        // Held on the booked day without naming the booking: the booking was held all the same.
        book("S1", "2024-06-20");
        Api.Reply unnamed = hold("S1", "2024-06-20", null, "PN7");
        book("S1", today.plusDays(10).toString());

        api.child(authority, "S2", "2010-01-01");
        api.episode(authority, "S2", "2023-01-02");
        hold("S2", "2023-01-20", null, "PN1");
        assertThat(api.post(base + "/children/S2/episodes/current/end",
                "{\"endDate\": \"2023-06-01\", \"reason\": \"E4A\"}").status()).isEqualTo(200);
        api.episode(authority, "S2", "2024-02-01");
        Api.Reply again = hold("S2", "2024-02-20", null, "PN7");

        Api.Reply csv = api.get(base + "/exports/ssd/cla-reviews?from=2024-01-01&to=" + today.plusDays(30));

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo(String.join("\r\n",
                "clar_cla_review_id,clar_cla_id,clar_cla_person_id,clar_cla_review_due_date,clar_cla_review_date,"
                        + "clar_cla_review_cancelled,clar_cla_review_participation",
                first.at("id") + ",S1:2024-01-02,S1," + first.at("dueDate") + ",2024-01-25,N,PN1",
                cancelled + ",S1:2024-01-02,S1,2024-04-10,,Y,",
                moved + ",S1:2024-01-02,S1,2024-05-08,,Y,",
                unnamed.at("id") + ",S1:2024-01-02,S1," + unnamed.at("dueDate") + ",2024-06-20,N,PN7",
                again.at("id") + ",S2:2024-02-01,S2," + again.at("dueDate") + ",2024-02-20,N,PN7") + "\r\n");
        assertThat(first.at("dueDate")).isEqualTo("2024-01-30");
    }

    @Test
    void a_period_that_cannot_be_is_refused_naming_the_parameter() {
        api = new Api(server.getURL(), json);
        String authority = TestAuthorities.fresh("ssdx");
        api.authority(authority);
        String path = "/api/authorities/" + authority + "/exports/ssd/cla-reviews";

        Api.Reply backwards = api.get(path + "?from=2024-12-31&to=2024-01-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.contentType()).startsWith("application/problem+json");
        assertThat(backwards.errorFields()).containsExactly("from");
        assertThat(api.get(path + "?from=2024-02-30&to=2024-12-31").errorFields()).containsExactly("from");
        assertThat(api.get(path + "?from=2024-01-01").errorFields()).containsExactly("to");
    }
}
